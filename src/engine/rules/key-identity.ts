// 000 §"Stacking Time-Based Licenses": an identical time-based key stacks onto the installed one
// (durations add); keys that differ (1000 vs 2500 sessions) do not combine.
import type { FeatureValue } from '../types';

export const STACKING_CITE = '000 §"Stacking Time-Based Licenses"';

interface KeyLike {
  readonly features: Readonly<Record<string, FeatureValue>>;
  readonly evaluation: boolean;
}

/**
 * Identical keys: the same features with the same values, and both evaluation keys or both not;
 * the duration may differ. (Compared directly: the simulation asks this of a handful of live keys
 * per install, which costs less than building a signature for every key of a plan.)
 */
export function areIdenticalKeys(a: KeyLike, b: KeyLike): boolean {
  if (a.evaluation !== b.evaluation) return false;
  let n = 0;
  for (const f in a.features) {
    if (!Object.hasOwn(b.features, f) || a.features[f] !== b.features[f]) return false;
    n++;
  }
  for (const _ in b.features) n--;
  return n === 0;
}
