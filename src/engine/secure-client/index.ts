// Secure Client (AnyConnect) licensing: sizing, coexistence, renewals, legacy shared licensing.
export { analyzeSecureClient, type AnalyzeSecureClientOptions } from './analyze-secure-client';
export { recommendPurchase, type PurchaseOptions, type PurchaseRecommendation, type DemandYear } from './recommend-purchase';
export { simulateSharedLicensing } from './shared-licensing/simulate-shared-licensing';
export { SECURE_CLIENT_SOURCE_NOTES } from './source-notes';
export { FEATURE_TIERS, SECURE_CLIENT_FEATURE_IDS, type SecureClientFeatureId, type FeatureTier } from './feature-tiers';
export { RENEWAL_SKU } from './renewals';
export { licenseExtensionShape, demandExtensionShape, sharedLicensingSchema, type SharedLicensingPlan } from './proposed-schema';
export type * from './types';
export type * from './shared-licensing/types';
