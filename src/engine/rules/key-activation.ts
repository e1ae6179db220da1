// Which time-based key is active. 000 §"Time-Based License Activation Guidelines": "only one
// time-based license per feature can be active at a time"; "If you activate an evaluation license
// that has multiple features in the key, then you cannot also activate another time-based license
// for one of the included features." 000 §"Activate or Deactivate Keys": a new time-based key "is
// active by default"; "The last time-based key that you activate for a given feature is the active
// one." Before 8.3(1) only the most recently activated key of a unit is active (pak-version-rules.ts).
import { FEATURES } from '../catalog/features';
import type { FeatureId, FeatureValue } from '../types';
import { DOWNGRADE_CITE } from './pak-version-rules';
import { HISTORY_CITE } from './pak-software-version';

export const ACTIVATION_CITE = '000 §"Time-Based License Activation Guidelines"';
export const ACTIVATE_CITE = '000 §"Activate or Deactivate Keys"';
export const ONE_ACTIVE_KEY_CITE = `${HISTORY_CITE}; ${DOWNGRADE_CITE}`;
export const TIMER_HALTS_CITE = '000 §"How the Time-Based License Timer Works"';

interface ActivatableKey {
  readonly id: string;
  readonly features: Readonly<Record<string, FeatureValue>>;
  readonly evaluation: boolean;
  readonly featureIds: readonly string[];
  readonly featureMask: number;
}

// (Loops rather than `find` with a callback: these run for every install and expiry.)
/** The active key for a feature (other than `except`): the one a new activation for that feature deactivates. */
export function activeKeyFor<K extends ActivatableKey>(activeKeys: readonly K[], feature: string, except?: K): K | undefined {
  for (const k of activeKeys) if (k !== except && Object.hasOwn(k.features, feature)) return k;
  return undefined;
}

/** An active evaluation key with several features blocks activating another key for one of them. */
export function blockingEvaluation<K extends ActivatableKey>(activeKeys: readonly K[], key: K): K | undefined {
  for (const e of activeKeys) if (e !== key && e.evaluation && e.featureIds.length > 1 && (e.featureMask & key.featureMask) !== 0) return e;
  return undefined;
}

export const blockedWords = (key: ActivatableKey, blocker: ActivatableKey): string => `Key "${key.id}" cannot be activated while the multi-feature evaluation key "${blocker.id}" is active`;

/** The issue's words: `path` names the plan entry that asked. */
export const blockedIssueWords = (path: string, key: ActivatableKey, blocker: ActivatableKey, day: number): string =>
  `${path}: key "${key.id}" cannot be activated on day ${day}: the active evaluation key "${blocker.id}" includes ${key.featureIds.filter((f) => Object.hasOwn(blocker.features, f)).join(', ')}, and while it is active no other time-based key for its features can be activated`;

export const replacedBefore83Words = (other: ActivatableKey, key: ActivatableKey): string =>
  `Key "${other.id}" is deactivated (its timer halts): before 8.3(1) only the most recently activated time-based key, "${key.id}", is active`;

export const replacedWords = (current: ActivatableKey, key: ActivatableKey, feature: string): string =>
  `Key "${current.id}" is deactivated (its timer halts): "${key.id}" is now the active key for ${FEATURES[feature as FeatureId].label}`;

export const activatedWords = (key: ActivatableKey): string => `Key "${key.id}" is activated`;

export const deactivatedWords = (key: ActivatableKey): string => `Key "${key.id}" is deactivated; its timer halts until it is activated again`;

export const installedWords = (key: ActivatableKey & { readonly days: number }, active: boolean): string => `Key "${key.id}" is installed (${key.days} days${active ? ', active' : ', inactive'})`;
