// What stacking does. 000 §"Stacking Time-Based Licenses": "When you install an identical
// time-based license as one already installed, then the licenses are combined, and the duration
// equals the combined duration" (52-week Botnet key with 27 weeks left + 52 = 79 weeks; 8-week
// 1000-session key with 6 left + 8 = 14). Which keys are identical: key-identity.ts.
import { areIdenticalKeys, STACKING_CITE } from './key-identity';
import type { FeatureValue } from '../types';

export { STACKING_CITE };

interface StackableKey {
  readonly id: string;
  readonly features: Readonly<Record<string, FeatureValue>>;
  readonly evaluation: boolean;
  readonly days: number;
  /** The key's features as bits (feature-mask.ts): identical keys have the same. */
  readonly featureMask: number;
  remaining: number;
  stacked: string[];
  mergedInto: string | null;
}

/** The installed key a new key stacks onto: the first identical one among the installed keys (in plan order), if any. */
export function stackTarget<K extends StackableKey>(installed: readonly K[], key: K): K | undefined {
  for (const k of installed) {
    // Identical keys have the same features, so the same bits: most installed keys differ there already.
    if (k !== key && k.featureMask === key.featureMask && areIdenticalKeys(k, key)) return k;
  }
  return undefined;
}

/**
 * Stacks `key` onto `target`: the durations add on the installed key (its remaining days plus the
 * new key's term), and the new key is reported under it from then on.
 */
export function stackOnto(target: StackableKey, key: StackableKey): void {
  target.remaining += key.days;
  // A key's list starts as one shared empty (frozen) list, replaced on the first stack, never pushed to.
  if (target.stacked.length === 0) target.stacked = [key.id];
  else target.stacked.push(key.id);
  key.mergedInto = target.id;
}

export const stackedWords = (key: StackableKey, target: StackableKey): string => `Identical key "${key.id}" stacks onto "${target.id}": ${key.days} days added, ${target.remaining} days left`;
