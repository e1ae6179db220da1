// 000 §"Stacking Time-Based Licenses": an identical time-based key stacks onto the installed one
// (durations add); keys that differ (1000 vs 2500 sessions) do not combine.
import type { FeatureValue } from '../types';

export const STACKING_CITE = '000 §"Stacking Time-Based Licenses"';

interface KeyLike {
  features: Readonly<Record<string, FeatureValue>>;
  evaluation: boolean;
}

/**
 * What makes two keys identical: the same features with the same values, and both evaluation
 * keys or both not; the duration may differ. Equal signatures = identical keys.
 */
export function keySignature(key: KeyLike): string {
  const ids = Object.keys(key.features);
  if (ids.length > 1) ids.sort();
  let signature = key.evaluation ? 'eval' : 'key';
  for (const f of ids) signature += `|${f}=${JSON.stringify(key.features[f])}`;
  return signature;
}

export function areIdenticalKeys(a: KeyLike, b: KeyLike): boolean {
  return keySignature(a) === keySignature(b);
}
