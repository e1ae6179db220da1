// 000 §"How Permanent and Time-Based Licenses Combine" (Table 1), same table in 004 (Table 3-17).
import { FEATURES } from '../catalog/features';
import type { FeatureSpec } from '../catalog/types';
import type { Provenance } from '../timeline-event';
import type { FeatureId, FeatureValue } from '../types';
import { specLimit } from './platform-limit';

export const COMBINATION_CITE = '000 §"How Permanent and Time-Based Licenses Combine"; 004 §"How Permanent and Time-Based Licenses Combine" (Table 3-17)';

/** Ranks a value so "the higher value" and "enabled wins" are one comparison. */
export function rank(feature: FeatureId, value: FeatureValue): number {
  if (value === 'unsupported') return -1;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const ranking = FEATURES[feature].ranking;
  return ranking ? ranking.indexOf(value) : 0;
}

export const higher = (feature: FeatureId, a: FeatureValue, b: FeatureValue): FeatureValue => (rank(feature, b) > rank(feature, a) ? b : a);

/** The running value alone (the rule below without its explanation), for the simulation's hot loop. */
export function combinedValue(feature: FeatureId, spec: FeatureSpec, permanent: FeatureValue, keyValue: FeatureValue): FeatureValue {
  const rule = FEATURES[feature].timeBased;
  if (rule === 'add-up-to-limit' && typeof permanent === 'number' && typeof keyValue === 'number') return Math.min(permanent + keyValue, specLimit(spec) ?? Infinity);
  if (rule === 'time-based-only') return keyValue;
  return higher(feature, permanent, keyValue);
}

/**
 * The running value of one feature from the permanent value and the active time-based key's value.
 * - AnyConnect Premium and "All Others": the higher value (enabled wins); a weaker key leaves the permanent value.
 * - UC proxy sessions and security contexts: added, up to the platform limit.
 * - Botnet Traffic Filter: time-based only.
 */
export function combinePermanentAndTimeBased(
  feature: FeatureId,
  spec: FeatureSpec,
  permanent: Provenance,
  keyId: string,
  keyValue: FeatureValue,
): Provenance {
  const rule = FEATURES[feature].timeBased;
  if (rule === 'add-up-to-limit' && typeof permanent.value === 'number' && typeof keyValue === 'number') {
    const sum = permanent.value + keyValue;
    const limit = specLimit(spec) ?? sum;
    const capped = sum > limit;
    return {
      value: capped ? limit : sum,
      source: 'time-based',
      keys: [...(permanent.keys ?? []), keyId],
      rule: `Permanent ${permanent.value} + time-based ${keyValue}${capped ? `, capped at the platform limit ${limit}` : ''}`,
      ...(capped ? { uncapped: sum, limit } : {}),
      cite: COMBINATION_CITE,
    };
  }
  if (rule === 'time-based-only') {
    return { value: keyValue, source: 'time-based', keys: [keyId], rule: 'Time-based only: no permanent license exists', cite: COMBINATION_CITE };
  }
  const winner = higher(feature, permanent.value, keyValue);
  if (winner === permanent.value && !Object.is(permanent.value, keyValue)) {
    return { ...permanent, rule: `The higher value is used: the permanent ${String(permanent.value)} beats the time-based ${String(keyValue)}`, cite: COMBINATION_CITE };
  }
  return {
    value: winner,
    source: 'time-based',
    keys: [keyId],
    rule: typeof winner === 'boolean' ? 'Enabled wins' : 'The higher value is used (time-based)',
    cite: COMBINATION_CITE,
  };
}
