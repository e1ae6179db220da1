// What a unit's own license falls back to when the last key for a feature expires.
// 000 §"Time-Based License Expiration": "If there are no other time-based licenses available for
// the feature, then the permanent license is used." 000 §"How Permanent and Time-Based Licenses
// Combine" (and 004 Table 3-17): "There is no permanent Botnet Traffic Filter license available":
// the feature turns off.
import { FEATURES } from '../catalog/features';
import type { FeatureId } from '../types';

const EXPIRATION_CITE = '000 §"Time-Based License Expiration"';
const TIME_BASED_ONLY_CITE = `${EXPIRATION_CITE}; 000 §"How Permanent and Time-Based Licenses Combine"`;

export function fallbackOnExpiry(feature: FeatureId): { message: string; cite: string } {
  const { label, timeBased } = FEATURES[feature];
  if (timeBased === 'time-based-only') {
    return { message: `No other installed key for ${label}: the feature turns off (there is no permanent ${label} license)`, cite: TIME_BASED_ONLY_CITE };
  }
  return { message: `No other installed key for ${label}: the permanent license value returns`, cite: EXPIRATION_CITE };
}
