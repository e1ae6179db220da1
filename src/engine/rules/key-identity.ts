// 000 §"Stacking Time-Based Licenses": an identical time-based key stacks onto the installed one
// (durations add); keys that differ (1000 vs 2500 sessions) do not combine.
import type { FeatureValue } from '../types';

export const STACKING_CITE = '000 §"Stacking Time-Based Licenses"';

interface KeyLike {
  features: Readonly<Record<string, FeatureValue>>;
  evaluation: boolean;
}

/** Identical = the same features with the same values (and both evaluation or both not); duration may differ. */
export function areIdenticalKeys(a: KeyLike, b: KeyLike): boolean {
  if (a.evaluation !== b.evaluation) return false;
  const ka = Object.keys(a.features).sort();
  const kb = Object.keys(b.features).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && Object.is(a.features[k], b.features[k]));
}
