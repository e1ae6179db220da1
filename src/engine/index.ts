// The engine's public surface, shared by the command line and the app.
export { evaluatePlan, evaluatePlanAtDays, type EvaluateOptions } from './evaluate';
export { analyzePlan, type PlanAnalysis } from './analyze-plan';
export { keyStatusesOn, resultAt } from './result-at';
export { catalog, type Catalog } from './catalog/index';
export { parsePlan } from './plan/parse-plan';
export { PLAN_FORMAT, LIMITS, planSchema, type Plan, type PlanInput, type Unit, type PakUnit, type SmartUnit, type TimeBasedKey, type PlanEvent } from './plan/schema';
export { dateOfDay, dayOfDate } from './dates';
export type * from './result';
export type * from './types';
export { FEATURE_IDS, PAK_MODEL_IDS, SMART_MODEL_IDS, TIER_IDS } from './types';
export { DEFAULT_PURCHASE_LEAD_DAYS, type Lapse } from './rules/renewal-warnings';
export { recommendPurchase, simulateSharedLicensing, type SecureClientReport } from './secure-client/index';
export { RENEWAL_KINDS, renewalKindLabel, renewalList, renewalListCalendar, renewalsOfKind, type RenewalEntry, type RenewalKind, type RenewalSource } from './renewals/index';
export { planBillOfMaterials } from './bill-of-materials/plan-bill-of-materials';
export type { OrderLine, OrderKind, PlanBillOfMaterials } from './bill-of-materials/types';
// Device output import/render is its own entry (src/engine/device-text/index.ts) so the app can load it lazily.
export { sizeDeployment, type SizingOptions } from './sizing/size-deployment';
export type { Needs, SizingResult, Fit, RuledOut, OrderItem, Reason } from './sizing/types';
export { refreshAdvice, type RefreshAdvice, type RefreshCandidate } from './sizing/refresh-advice';
export { timelineStretches, type TimelineStretch, type TimelineStretchKind } from './timeline/timeline-stretches';
