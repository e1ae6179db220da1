// The PAK simulation's types: what it is given (SimUnitInput), what it returns (SimulationResult),
// and the records it keeps of each unit and key while it runs (SimUnit, SimKey; made in sim-state.ts).
import type { PakModel, TierSpec } from '../catalog/types';
import type { TimeBasedKey } from '../plan/schema';
import type { FeatureValue, Issue } from '../types';
import type { PermanentLicense } from '../rules/permanent-license';
import type { HardwareVariant } from '../rules/hardware-variants';
import type { ChangeLog, LicenseStretch } from '../unit-timeline';
import type { TimelineEvent } from '../result';
import type { KeyHistory } from './key-history';

export interface SimUnitInput {
  id: string;
  index: number;
  model: PakModel;
  tier: TierSpec;
  software: string | undefined;
  permanentFeatures: Record<string, FeatureValue>;
  keys: TimeBasedKey[];
  variant: HardwareVariant;
  /** Later permanent keys (each replaces the installed one from its day). */
  permanentKeys?: { day: number; tier: TierSpec; features: Record<string, FeatureValue> }[];
  /** 8.2 and earlier: only the most recently activated key is active (rules/pak-version-rules.ts). */
  oneActiveKey?: boolean;
}

export interface SimKeyResult {
  unit: string;
  id: string;
  features: Record<string, FeatureValue>;
  evaluation: boolean;
  installDay: number;
  days: number;
  mergedInto: string | null;
  stacked: string[];
  expiredDay: number | null;
  /** The days the key's state changed (for a stacked key: the key it merged into); see key-history.ts. */
  history: KeyHistory;
}

export interface SimulationResult {
  keys: SimKeyResult[];
  unitStretches: Record<string, LicenseStretch[]>;
  /** The same lists in the order of the units given, and when each stretch starts (as the simulation makes them, in day order). */
  stretchLists: LicenseStretch[][];
  changeLog: ChangeLog;
  events: TimelineEvent[];
  /** The events of type "expired", in the same order (renewal-warnings.ts reads only these). */
  expiries: TimelineEvent[];
  issues: Issue[];
  /** Stretches during which failover/cluster units run on their own licenses (link down past the grace, rules/link-loss.ts). */
  revertedStretches: { from: number; to: number }[];
}

/** A key while the simulation runs; the result hands these out as they are (SimKeyResult). */
export interface SimKey extends SimKeyResult {
  unitIndex: number;
  order: number;
  /** The plan index of the unit, for the JSON path in messages (built only when a message needs it). */
  unitPlanIndex: number;
  activeOnInstall: boolean;
  installed: boolean;
  active: boolean;
  expired: boolean;
  remaining: number;
  /** Days a link-down's grace kept off this key (rules/link-loss.ts): they come off if the grace ends. */
  linkPaused: number;
  counting: boolean;
  /** Active and able to run, but another unit's key leads the shared countdown (KeyStatus.timer "waiting"). */
  waiting: boolean;
  /** The key that led the shared countdown while this one waited. */
  waitingFor: SimKey | null;
  /** The install day's "is active" event, worded once the day's leads are known (countdown-story.ts). */
  startEvent: TimelineEvent | null;
  numeric: boolean;
  featureIds: string[];
  /** The key's features as bits (see feature-mask.ts). */
  featureMask: number;
  /** Position in the simulation's list of every key (its history's index). */
  keyIndex: number;
  /** The running values of the key's features, and the permanent license they were worked out on (see unit-license.ts). */
  values: FeatureValue[];
  valuesFor: PermanentLicense | null;
  /** The key this one stacked onto (rules/stacking.ts), or null. */
  merged: SimKey | null;
  /** The step in which the key was last touched (sim-state.ts). */
  stamp: number;
  /** Install order among the unit's and other units' keys: expiries on one day are handled in this order. */
  liveSeq: number;
  /** Position in the list of counting keys, or -1. */
  countIdx: number;
}

/** A unit while the simulation runs. */
export interface SimUnit extends SimUnitInput {
  /** Something that can change this unit's own license happened since the last record. */
  dirty: boolean;
  permanent: PermanentLicense;
  poweredOff: boolean;
  countsWhileOff: boolean;
  /** Which guide's timer rule applies (8.x or 9.x software). */
  timerCite: string;
  keys: TimeBasedKey[];
  /** Every key of the unit, in plan order. */
  simKeys: SimKey[];
  /** Installed, unexpired, unmerged keys, in plan order (a handful at a time). */
  liveKeys: SimKey[];
  /** The live active keys, in plan order (at most one per feature). */
  activeKeys: SimKey[];
  /** Key id → key (the first in plan order when ids repeat); made once events have named this unit's keys a few times. */
  keyById: Map<string, SimKey> | null;
  /** How many times events named a key of this unit before keyById was made. */
  keyLookups: number;
  /** The features of the active keys when the unit's license was last computed, as bits. */
  lastActiveMask: number;
  /** A new permanent key since then: every feature may have changed. */
  permanentChanged: boolean;
}
