// Which drops of the combined running license are renewals to order, and what to advise.
// - A drop is a renewal only when a key for that feature expired: on the day a failover pair or
//   cluster falls back to each unit's own license after more than 30 days without communication
//   (000 §"Loss of Communication Between Failover or ASA Cluster Units"), an unrelated key may
//   expire too; the fallback is not a renewal to order.
// - 000 §"Stacking Time-Based Licenses": only an identical key stacks, and an evaluation key and a
//   paid one are not identical (rules/key-identity.ts): a paid key is installed and activated, not stacked.
import type { FeatureValue } from '../types';
import type { Lapse } from './lapse';

interface KeyLike {
  unit: string;
  id: string;
  features: Readonly<Record<string, FeatureValue>>;
  evaluation: boolean;
}

/** Keeps each lapse's keys that carry its feature (keys the list does not know, such as Smart ones, stay); a lapse left without keys is dropped. */
export function lapsesFromExpiries(lapses: Lapse[], keys: readonly KeyLike[]): Lapse[] {
  if (lapses.length === 0) return lapses;
  const byName = new Map<string, KeyLike>();
  for (const k of keys) if (!byName.has(`${k.unit}/${k.id}`)) byName.set(`${k.unit}/${k.id}`, k);
  const out: Lapse[] = [];
  for (const l of lapses) {
    const causes = l.keys.filter((name) => {
      const k = byName.get(name);
      return k === undefined || Object.hasOwn(k.features, l.feature);
    });
    if (causes.length === 0) continue;
    const known = causes.map((name) => byName.get(name));
    const evaluation = known.every((k) => k?.evaluation === true);
    out.push(causes.length === l.keys.length && !evaluation ? l : { ...l, keys: causes, ...(evaluation ? { evaluation } : {}) });
  }
  return out;
}

export const RENEW_BY_STACKING = 'stack it before then';
export const REPLACE_EVALUATION = 'install and activate it before then (a paid key does not stack onto an evaluation key: they are not identical)';

/** The end of the renewal advice: stack the renewal, or install a paid key for an evaluation one. */
export const renewalAdvice = (l: Lapse): string => (l.evaluation ? REPLACE_EVALUATION : RENEW_BY_STACKING);
