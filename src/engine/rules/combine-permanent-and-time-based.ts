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

/**
 * What the rule decided, read one of two ways: the running value alone (`VALUE`, for the
 * simulation's loop: nothing is allocated) or its explanation (`explainPermanentAndTimeBased`).
 */
export interface PermanentAndTimeBasedReading<R> {
  /** UC proxy sessions, security contexts: permanent + time-based = `sum`, `value` after the platform limit `limit`. */
  added(value: number, sum: number, limit: number | undefined, permanent: number, keyValue: number): R;
  /** Botnet Traffic Filter: no permanent license exists, the key's value runs. */
  timeBasedOnly(value: FeatureValue): R;
  /** All others: the higher value (enabled wins); `fromKey` false when the permanent value stays. */
  higher(value: FeatureValue, fromKey: boolean, permanent: FeatureValue, keyValue: FeatureValue): R;
}

/**
 * The rule, written once: the running value of one feature from the permanent value and the active
 * time-based key's value (000 §"How Permanent and Time-Based Licenses Combine", Table 1; 004 Table 3-17).
 * - AnyConnect Premium and "All Others": the higher value (enabled wins); "if you [install a weaker
 *   key], then the permanent license is used".
 * - UC proxy sessions and security contexts: "added to the permanent …, up to the platform limit".
 * - Botnet Traffic Filter: "There is no permanent Botnet Traffic Filter license …; the time-based license is used".
 */
export function permanentAndTimeBased<R>(feature: FeatureId, spec: FeatureSpec, permanent: FeatureValue, keyValue: FeatureValue, read: PermanentAndTimeBasedReading<R>): R {
  const rule = FEATURES[feature].timeBased;
  if (rule === 'add-up-to-limit' && typeof permanent === 'number' && typeof keyValue === 'number') {
    const sum = permanent + keyValue;
    const limit = specLimit(spec);
    return read.added(limit !== undefined && sum > limit ? limit : sum, sum, limit, permanent, keyValue);
  }
  if (rule === 'time-based-only') return read.timeBasedOnly(keyValue);
  // An equal value counts as the key's: the key is active and sets it.
  const fromKey = rank(feature, keyValue) > rank(feature, permanent) || Object.is(permanent, keyValue);
  return read.higher(fromKey ? keyValue : permanent, fromKey, permanent, keyValue);
}

/** The running value alone. */
export const VALUE: PermanentAndTimeBasedReading<FeatureValue> = {
  added: (value) => value,
  timeBasedOnly: (value) => value,
  higher: (value) => value,
};

/** The running value alone, for the simulation's hot loop. */
export const combinedValue = (feature: FeatureId, spec: FeatureSpec, permanent: FeatureValue, keyValue: FeatureValue): FeatureValue => permanentAndTimeBased(feature, spec, permanent, keyValue, VALUE);

/** The same decision, explained: what the permanent license (`permanent`, with its own explanation) and key `keyId` make of the feature. */
export function explainPermanentAndTimeBased(permanent: Provenance, keyId: string): PermanentAndTimeBasedReading<Provenance> {
  return {
    added: (value, sum, limit, perm, keyValue) => ({
      value,
      source: 'time-based',
      keys: [...(permanent.keys ?? []), keyId],
      rule: `Permanent ${perm} + time-based ${keyValue}${value < sum ? `, capped at the platform limit ${limit}` : ''}`,
      ...(value < sum ? { uncapped: sum, limit: limit! } : {}),
      cite: COMBINATION_CITE,
    }),
    timeBasedOnly: (value) => ({ value, source: 'time-based', keys: [keyId], rule: 'Time-based only: no permanent license exists', cite: COMBINATION_CITE }),
    higher: (value, fromKey, perm, keyValue) =>
      fromKey
        ? { value, source: 'time-based', keys: [keyId], rule: typeof value === 'boolean' ? 'Enabled wins' : 'The higher value is used (time-based)', cite: COMBINATION_CITE }
        : { ...permanent, rule: `The higher value is used: the permanent ${String(perm)} beats the time-based ${String(keyValue)}`, cite: COMBINATION_CITE },
  };
}

/** The explanation of one feature's running value: the rule above, read with its explanation. */
export const combinePermanentAndTimeBased = (feature: FeatureId, spec: FeatureSpec, permanent: Provenance, keyId: string, keyValue: FeatureValue): Provenance =>
  permanentAndTimeBased(feature, spec, permanent.value, keyValue, explainPermanentAndTimeBased(permanent, keyId));
