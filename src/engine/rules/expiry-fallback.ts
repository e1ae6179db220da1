// What follows the expiry of a unit's key for a feature.
// 000 §"Time-Based License Expiration": "When the current license for a feature expires, the ASA
// automatically activates an installed license of the same feature if available"; "the ASA uses the
// first license it finds; which license is used is not user-configurable" (the planner takes the first
// in plan order and says so). "If there are no other time-based licenses available for the feature,
// then the permanent license is used." 000 §"How Permanent and Time-Based Licenses Combine" (and 004
// Table 3-17): "There is no permanent Botnet Traffic Filter license available": the feature turns off.
import { FEATURES } from '../catalog/features';
import type { FeatureId, FeatureValue } from '../types';
import { blockingEvaluation } from './key-activation';

export const EXPIRATION_CITE = '000 §"Time-Based License Expiration"';
const TIME_BASED_ONLY_CITE = `${EXPIRATION_CITE}; 000 §"How Permanent and Time-Based Licenses Combine"`;

interface SuccessorKey {
  readonly id: string;
  readonly active: boolean;
  readonly evaluation: boolean;
  readonly features: Readonly<Record<string, FeatureValue>>;
  readonly featureIds: readonly string[];
  readonly featureMask: number;
}

/**
 * The key that activates when the active key for `feature` expires: the first installed, inactive
 * key for it in plan order that no active multi-feature evaluation key blocks (key-activation.ts).
 */
export function successorOnExpiry<K extends SuccessorKey>(installedInPlanOrder: readonly K[], activeKeys: readonly K[], feature: string): K | undefined {
  for (const c of installedInPlanOrder) if (!c.active && Object.hasOwn(c.features, feature) && !blockingEvaluation(activeKeys, c)) return c;
  return undefined;
}

export const autoActivatedWords = (keyId: string): string =>
  `Key "${keyId}" activates automatically (the planner takes the first installed key in plan order; on a real ASA which installed key is used is not user-configurable)`;

export const expiredWords = (keyId: string): string => `Key "${keyId}" expires`;

export function fallbackOnExpiry(feature: FeatureId): { message: string; cite: string } {
  const { label, timeBased } = FEATURES[feature];
  if (timeBased === 'time-based-only') {
    return { message: `No other installed key for ${label}: the feature turns off (there is no permanent ${label} license)`, cite: TIME_BASED_ONLY_CITE };
  }
  return { message: `No other installed key for ${label}: the permanent license value returns`, cite: EXPIRATION_CITE };
}
