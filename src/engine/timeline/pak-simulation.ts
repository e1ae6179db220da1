// Event-driven simulation of the time-based keys of PAK units, one deployment at a time.
// Time jumps from one change day to the next (a scheduled event or the earliest expiry of a
// counting key); between two change days every counting key loses one day per day, so the
// cost grows with keys and events, never with the number of days.
import type { PakModel, TierSpec } from '../catalog/types';
import type { PlanEvent, TimeBasedKey } from '../plan/schema';
import { permanentLicense, type PermanentLicense } from '../rules/permanent-license';
import { combinedValue, combinePermanentAndTimeBased } from '../rules/combine-permanent-and-time-based';
import { areIdenticalKeys, STACKING_CITE } from '../rules/key-identity';
import { createKeyHistories, keyFlags, type KeyHistory } from './key-history';
import { ScratchList } from './scratch-list';
import { countsWhilePoweredOff, timerCite } from '../rules/timer-rule';
import { FEATURES } from '../catalog/features';
import { FEATURE_IDS, type FeatureId, type FeatureValue, type Issue, type License } from '../types';
import { featureMask } from '../rules/feature-mask';
import type { ChangeLog, FeatureProvenance, LicenseStretch } from '../unit-timeline';
import type { TimelineEvent } from '../result';
import { applyHardwareVariant, type HardwareVariant } from '../rules/hardware-variants';
import { DOWNGRADE_CITE } from '../rules/pak-version-rules';
import { fallbackOnExpiry } from '../rules/expiry-fallback';
import { HISTORY_CITE } from '../rules/pak-software-version';
import { activeOnInstallWords, SHARED_COUNTDOWN_CITE, startedWords, waitingWords } from './countdown-story';

const ACTIVATION_CITE = '000 §"Time-Based License Activation Guidelines"';
const EXPIRATION_CITE = '000 §"Time-Based License Expiration"';
const ACTIVATE_CITE = '000 §"Activate or Deactivate Keys"';
const LINK_CITE = '000 §"Loss of Communication Between Failover or ASA Cluster Units"';
/** Units that lose communication for more than this many days revert to their own licenses. */
export const LINK_GRACE_DAYS = 30;

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
  /** Stretches during which failover/cluster units run on their own licenses (link down over 30 days). */
  revertedStretches: { from: number; to: number }[];
}

interface SimKey extends SimKeyResult {
  unitIndex: number;
  order: number;
  /** The plan index of the unit, for the JSON path in messages (built only when a message needs it). */
  unitPlanIndex: number;
  activeOnInstall: boolean;
  installed: boolean;
  active: boolean;
  expired: boolean;
  remaining: number;
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
  /** The running values of the key's features, and the permanent license they were worked out on (see runningValues). */
  values: FeatureValue[];
  valuesFor: PermanentLicense | null;
  merged: SimKey | null;
  stamp: number;
  /** Install order among the unit's and other units' keys: expiries on one day are handled in this order. */
  liveSeq: number;
  /** Position in the list of counting keys, or -1. */
  countIdx: number;
}

interface SimUnit extends SimUnitInput {
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

type Action =
  | { day: number; rank: number; kind: 'install'; key: SimKey }
  | { day: number; rank: number; kind: 'permanent-key'; unit: number; tier: TierSpec; features: Record<string, FeatureValue> }
  | { day: number; rank: number; kind: 'activate' | 'deactivate'; unit: number; keyId: string; path: string }
  | { day: number; rank: number; kind: 'power-off' | 'power-on'; unit: number; days: number }
  | { day: number; rank: number; kind: 'link-down' | 'link-grace-end' | 'link-restored'; days: number };

/** Every field of every kind of action, so that all actions share one hidden class (the sort and the dispatch read them all). */
interface ActionFields {
  key?: SimKey;
  unit?: number;
  tier?: TierSpec;
  features?: Record<string, FeatureValue>;
  keyId?: string;
  path?: string;
  days?: number;
}
/** `f` holds the fields of that kind of action (see Action): those are the ones apply reads. */
function newAction(day: number, rank: number, kind: Action['kind'], f: ActionFields): Action {
  return { day, rank, kind, key: f.key, unit: f.unit, tier: f.tier, features: f.features, keyId: f.keyId, path: f.path, days: f.days } as unknown as Action;
}

/** Day and rank as one number, times this, plus the action's position: plain numbers sort in the order the actions must run. */
const ACTION_SLOTS = 2 ** 20;

/** Puts the actions in order by day, then rank, then the order they were made (what a stable sort by day and rank gives). */
function sortActions(actions: Action[]): void {
  // (Array.prototype.sort is stable; beyond ACTION_SLOTS actions the numbers would not be exact.)
  if (actions.length >= ACTION_SLOTS) {
    actions.sort((a, b) => a.day - b.day || a.rank - b.rank);
    return;
  }
  const order = new Float64Array(actions.length);
  for (let i = 0; i < actions.length; i++) order[i] = (actions[i]!.day * 8 + actions[i]!.rank) * ACTION_SLOTS + i;
  // A typed array sorts by number, with no comparison callback.
  order.sort();
  const made = actions.slice();
  for (let i = 0; i < order.length; i++) actions[i] = made[order[i]! % ACTION_SLOTS]!;
}

const NO_KEYS: readonly SimKey[] = [];
const NUMERIC_FEATURES = featureMask(FEATURE_IDS.filter((f) => FEATURES[f].kind === 'number'));
/** Shared by every key until something stacks onto it (replaced, never pushed to; frozen so a slip would throw). */
const NO_STACKED = Object.freeze([]) as unknown as string[];
const NO_HISTORY: KeyHistory = [];
const NO_VALUES: FeatureValue[] = [];
const KEY_SCANS_BEFORE_MAP = 8;
const ALL_FEATURES = featureMask(FEATURE_IDS);

/** `dateOf` gives each event its calendar date as it is made (a property added later costs a shape change per event). */
export function simulatePak(units: SimUnitInput[], events: readonly PlanEvent[], combined: boolean, dateOf: (day: number) => string): SimulationResult {
  const out: SimulationResult = { keys: [], unitStretches: {}, stretchLists: [], changeLog: { days: [], units: [] }, events: [], expiries: [], issues: [], revertedStretches: [] };
  // Field by field, not `{ ...u, … }`: in V8 a spread followed by more properties makes a new hidden class on every call (~13 µs a unit).
  const sims: SimUnit[] = units.map((u) => ({
    id: u.id,
    index: u.index,
    model: u.model,
    tier: u.tier,
    software: u.software,
    permanentFeatures: u.permanentFeatures,
    keys: u.keys,
    variant: u.variant,
    permanentKeys: u.permanentKeys,
    oneActiveKey: u.oneActiveKey === true,
    permanent: permanentLicense(u.model, u.tier, u.permanentFeatures),
    dirty: true,
    poweredOff: false,
    countsWhileOff: countsWhilePoweredOff(u.software),
    timerCite: timerCite(u.software),
    simKeys: [],
    liveKeys: [],
    activeKeys: [],
    keyById: null,
    keyLookups: 0,
    lastActiveMask: 0,
    permanentChanged: true,
  }));
  const unitIndexById = new Map(sims.map((u, i) => [u.id, i]));
  const allKeys: SimKey[] = [];
  /** Installed, unexpired, unmerged keys of every unit, in install order. */
  const live = new Set<SimKey>();
  let liveSeq = 0;
  /**
   * The keys whose timers run: the only ones a step decrements and the only ones that can reach
   * zero (installed keys that never run stay out of every step; a plan collects hundreds of them).
   */
  const countingKeys: SimKey[] = [];
  const setCounting = (k: SimKey, counting: boolean): void => {
    if (k.counting === counting) return;
    k.counting = counting;
    if (counting) {
      k.countIdx = countingKeys.length;
      countingKeys.push(k);
    } else {
      const last = countingKeys.pop()!;
      if (last !== k) {
        countingKeys[k.countIdx] = last;
        last.countIdx = k.countIdx;
      }
      k.countIdx = -1;
    }
  };
  /** The grace-end of a link-down takes time off keys that were not counting: the day's expiry check looks at every live key. */
  let checkAllForExpiry = false;
  /** Keys whose counting may have changed in this step, deduplicated by step stamp. */
  const touched = new ScratchList<SimKey>();
  let stepNo = 0;
  /** The on/off features whose shared countdown may have a new lead, as bits: a key for them changed state, or a unit's power (all). */
  let leadsDirty = ALL_FEATURES;
  const touch = (k: SimKey): void => {
    if (k.stamp === stepNo) return;
    k.stamp = stepNo;
    touched.push(k);
  };
  const actions: Action[] = [];

  sims.forEach((unit, ui) => {
    unit.keys.forEach((key, order) => {
      const featureIds = Object.keys(key.features);
      const mask = featureMask(featureIds);
      const sim: SimKey = {
        unit: unit.id,
        id: key.id,
        features: key.features,
        evaluation: key.evaluation,
        installDay: key.installDay,
        days: key.days,
        mergedInto: null,
        stacked: NO_STACKED,
        expiredDay: null,
        history: NO_HISTORY,
        unitIndex: ui,
        order,
        unitPlanIndex: unit.index,
        activeOnInstall: key.active,
        installed: false,
        active: false,
        expired: false,
        remaining: key.days,
        linkPaused: 0,
        counting: false,
        waiting: false,
        waitingFor: null,
        startEvent: null,
        numeric: (mask & NUMERIC_FEATURES) !== 0,
        featureIds,
        featureMask: mask,
        keyIndex: allKeys.length,
        values: NO_VALUES,
        valuesFor: null,
        stamp: -1,
        merged: null,
        liveSeq: -1,
        countIdx: -1,
      };
      unit.simKeys.push(sim);
      allKeys.push(sim);
      actions.push(newAction(key.installDay, 2, 'install', { key: sim }));
    });
    for (const pk of unit.permanentKeys ?? []) actions.push(newAction(pk.day, 2, 'permanent-key', { unit: ui, tier: pk.tier, features: pk.features }));
  });

  events.forEach((event, i) => {
    const path = `events[${i}]`;
    if (event.type === 'link-down') {
      if (!combined) return;
      actions.push(newAction(event.day, 0, 'link-down', { days: event.days }));
      if (event.days > LINK_GRACE_DAYS) actions.push(newAction(event.day + LINK_GRACE_DAYS, 0, 'link-grace-end', { days: event.days }));
      actions.push(newAction(event.day + event.days, 0, 'link-restored', { days: event.days }));
      return;
    }
    const unit = unitIndexById.get(event.unit);
    if (unit === undefined) return;
    if (event.type === 'power-off') {
      actions.push(newAction(event.day, 4, 'power-off', { unit, days: event.days }));
      actions.push(newAction(event.day + event.days, 1, 'power-on', { unit, days: event.days }));
    } else if (event.type === 'activate' || event.type === 'deactivate') {
      actions.push(newAction(event.day, 3, event.type, { unit, keyId: event.key, path }));
    }
  });
  sortActions(actions);

  let link: { start: number; reverted: boolean } | null = null;

  const emit = (e: TimelineEvent): void => {
    out.events.push(e);
  };
  const keyPath = (k: SimKey): string => `deployment.units[${k.unitPlanIndex}].timeBased[${k.order}]`;
  const keyIsLive = (k: SimKey): boolean => k.installed && !k.expired && k.merged === null;
  const runsNow = (k: SimKey): boolean => {
    const u = sims[k.unitIndex]!;
    return k.active && keyIsLive(k) && (!u.poweredOff || u.countsWhileOff);
  };
  /** Keeps a small per-unit list in plan order, so "the first key in plan order" stays a scan from the front. */
  // (Shifted by hand: `splice` allocates the array of removed items on every call.)
  const insertInOrder = (list: SimKey[], k: SimKey): void => {
    let i = list.length;
    list.push(k);
    while (i > 0 && list[i - 1]!.order > k.order) {
      list[i] = list[i - 1]!;
      i--;
    }
    list[i] = k;
  };
  const removeFrom = (list: SimKey[], k: SimKey): void => {
    const i = list.indexOf(k);
    if (i < 0) return;
    for (let j = i + 1; j < list.length; j++) list[j - 1] = list[j]!;
    list.pop();
  };
  /** Every change of a key's active/live state goes through here, so the per-unit lists and the flags stay in step. */
  const setActive = (k: SimKey, active: boolean): void => {
    if (k.active === active) return;
    const unit = sims[k.unitIndex]!;
    k.active = active;
    if (active) insertInOrder(unit.activeKeys, k);
    else removeFrom(unit.activeKeys, k);
    unit.dirty = true;
    touch(k);
    if (!k.numeric) leadsDirty |= k.featureMask;
  };

  /**
   * The keys whose timers run for enabled/disabled features: the primary/control unit's first,
   * then the next unit's (000 §"How Failover or ASA Cluster Licenses Combine"). Recomputed only
   * when such a key or a unit's power changed; the keys that gain or lose the lead are re-checked.
   */
  /** By feature (bit index, feature-mask.ts): the key that leads its countdown. */
  const leads: (SimKey | null)[] = FEATURE_IDS.map(() => null);
  /** Scratch for computeLeads: the new lead of each feature it looks for. */
  const nextLeads: (SimKey | null)[] = FEATURE_IDS.map(() => null);
  const computeLeads = (dirty: number): void => {
    // Only the features asked for are looked for again, and the walk stops once each has its lead.
    let wanted = dirty;
    for (let i = 0, m = dirty; m !== 0; i++, m >>>= 1) if (m & 1) nextLeads[i] = null;
    for (let u = 0; u < sims.length && wanted !== 0; u++) {
      for (const k of sims[u]!.activeKeys) {
        if (k.numeric || (k.featureMask & wanted) === 0 || !runsNow(k)) continue;
        for (let i = 0, m = k.featureMask & wanted; m !== 0; i++, m >>>= 1) if (m & 1) nextLeads[i] = k;
        wanted &= ~k.featureMask;
      }
    }
    for (let i = 0, m = dirty; m !== 0; i++, m >>>= 1) {
      if (!(m & 1)) continue;
      const before = leads[i]!;
      const after = nextLeads[i]!;
      if (before === after) continue;
      leads[i] = after;
      if (before) touch(before);
      if (after) touch(after);
    }
  };

  const computeCounting = (k: SimKey): boolean => {
    if (!runsNow(k)) return false;
    if (!combined || link?.reverted) return true;
    if (k.numeric) return link === null || k.unitIndex === 0;
    for (let i = 0, m = k.featureMask; m !== 0; i++, m >>>= 1) if (m & 1 && leads[i] === k) return true;
    return false;
  };

  // (Loops rather than `find` with a callback: these run for every install and expiry.)
  const activeKeyFor = (unit: SimUnit, feature: string, except?: SimKey): SimKey | undefined => {
    for (const k of unit.activeKeys) if (k !== except && Object.hasOwn(k.features, feature)) return k;
    return undefined;
  };

  /** An active evaluation key with several features blocks activating another key for one of them. */
  const blockingEvaluation = (unit: SimUnit, key: SimKey): SimKey | undefined => {
    for (const e of unit.activeKeys) if (e !== key && e.evaluation && e.featureIds.length > 1 && (e.featureMask & key.featureMask) !== 0) return e;
    return undefined;
  };

  /** `source` names the plan entry that asked (an event's path, or the key being installed), for the message if activation is blocked; null for an automatic activation. */
  const activate = (key: SimKey, day: number, how: 'installed' | 'activated' | 'auto-activated', source: string | SimKey | null): boolean => {
    const unit = sims[key.unitIndex]!;
    const blocker = blockingEvaluation(unit, key);
    if (blocker) {
      emit({ day, date: dateOf(day), type: 'activation-blocked', unit: unit.id, key: key.id, message: `Key "${key.id}" cannot be activated while the multi-feature evaluation key "${blocker.id}" is active`, cite: ACTIVATION_CITE });
      if (source !== null) {
        const path = typeof source === 'string' ? source : keyPath(source);
        out.issues.push({
          severity: 'error',
          code: 'evaluation-key-blocks-activation',
          message: `${path}: key "${key.id}" cannot be activated on day ${day}: the active evaluation key "${blocker.id}" includes ${key.featureIds.filter((f) => Object.hasOwn(blocker.features, f)).join(', ')}, and while it is active no other time-based key for its features can be activated`,
          path,
          unit: unit.id,
          key: key.id,
          day,
          cite: ACTIVATION_CITE,
        });
      }
      return false;
    }
    // Before 8.3(1): "only the most recently activated time-based key can be active" (DOWNGRADE_CITE).
    if (unit.oneActiveKey) {
      for (const other of unit.activeKeys.slice()) {
        if (other === key) continue;
        setActive(other, false);
        emit({ day, date: dateOf(day), type: 'replaced', unit: unit.id, key: other.id, message: `Key "${other.id}" is deactivated (its timer halts): before 8.3(1) only the most recently activated time-based key, "${key.id}", is active`, cite: `${HISTORY_CITE}; ${DOWNGRADE_CITE}` });
      }
    }
    // "The last time-based key that you activate for a given feature is the active one."
    for (const f of key.featureIds) {
      const current = activeKeyFor(unit, f, key);
      if (current) {
        setActive(current, false);
        emit({ day, date: dateOf(day), type: 'replaced', unit: unit.id, key: current.id, feature: f as FeatureId, message: `Key "${current.id}" is deactivated (its timer halts): "${key.id}" is now the active key for ${FEATURES[f as FeatureId].label}`, cite: ACTIVATE_CITE });
      }
    }
    setActive(key, true);
    if (how !== 'installed') {
      emit({
        day,
        date: dateOf(day),
        type: how,
        unit: unit.id,
        key: key.id,
        message:
          how === 'auto-activated'
            ? `Key "${key.id}" activates automatically (the planner takes the first installed key in plan order; on a real ASA which installed key is used is not user-configurable)`
            : `Key "${key.id}" is activated`,
        cite: how === 'auto-activated' ? EXPIRATION_CITE : ACTIVATE_CITE,
      });
    }
    return true;
  };

  const install = (key: SimKey, day: number): void => {
    const unit = sims[key.unitIndex]!;
    let target: SimKey | undefined;
    for (const k of unit.liveKeys) {
      // Identical keys have the same features, so the same bits: most live keys differ there already.
      if (k !== key && k.featureMask === key.featureMask && areIdenticalKeys(k, key)) {
        target = k;
        break;
      }
    }
    if (target) {
      target.remaining += key.days;
      if (target.stacked === NO_STACKED) target.stacked = [key.id];
      else target.stacked.push(key.id);
      key.merged = target;
      key.mergedInto = target.id;
      key.installed = true;
      touch(target);
      emit({ day, date: dateOf(day), type: 'stacked', unit: unit.id, key: target.id, message: `Identical key "${key.id}" stacks onto "${target.id}": ${key.days} days added, ${target.remaining} days left`, cite: STACKING_CITE });
      if (key.activeOnInstall && !target.active) activate(target, day, 'activated', key);
      return;
    }
    key.installed = true;
    key.liveSeq = liveSeq++;
    live.add(key);
    insertInOrder(unit.liveKeys, key);
    touch(key);
    emit({ day, date: dateOf(day), type: 'installed', unit: unit.id, key: key.id, message: `Key "${key.id}" is installed (${key.days} days${key.activeOnInstall ? ', active' : ', inactive'})`, cite: ACTIVATE_CITE });
    if (key.activeOnInstall) {
      if (activate(key, day, 'installed', key)) {
        key.startEvent = { day, date: dateOf(day), type: 'activated', unit: unit.id, key: key.id, message: '', cite: unit.timerCite };
        emit(key.startEvent);
      }
    }
  };

  const resolveKey = (unit: SimUnit, keyId: string): SimKey | undefined => {
    // A few lookups cost less as a scan than a map of every key of the unit; many need the map.
    if (unit.keyById === null && unit.keyLookups++ < KEY_SCANS_BEFORE_MAP) {
      for (const k of unit.simKeys) if (k.id === keyId) return k.merged ?? k;
      return undefined;
    }
    if (unit.keyById === null) {
      unit.keyById = new Map();
      for (const k of unit.simKeys) if (!unit.keyById.has(k.id)) unit.keyById.set(k.id, k);
    }
    const k = unit.keyById.get(keyId);
    return k?.merged ?? k;
  };

  /** Power and link changes can change whether any key of a unit (or of every unit) counts. */
  const touchUnit = (unit: SimUnit): void => {
    for (const k of unit.liveKeys) touch(k);
  };
  const touchAll = (): void => {
    for (const k of live) touch(k);
  };

  const setPower = (unit: SimUnit, off: boolean): void => {
    unit.poweredOff = off;
    unit.dirty = true;
    leadsDirty = ALL_FEATURES;
    touchUnit(unit);
  };

  const apply = (a: Action, day: number): void => {
    switch (a.kind) {
      case 'install':
        install(a.key, day);
        return;
      case 'permanent-key': {
        const unit = sims[a.unit]!;
        unit.tier = a.tier;
        unit.permanent = permanentLicense(unit.model, a.tier, a.features);
        unit.dirty = true;
        unit.permanentChanged = true;
        emit({ day, date: dateOf(day), type: 'permanent-key', unit: unit.id, message: `A new permanent key (${a.tier.name}) replaces the installed one; time-based keys are not affected`, cite: '000 §"Activate or Deactivate Keys"; 000 §"Licenses FAQ"' });
        return;
      }
      case 'activate':
      case 'deactivate': {
        const unit = sims[a.unit]!;
        const key = resolveKey(unit, a.keyId);
        if (!key || !key.installed) return;
        if (key.expired) {
          out.issues.push({ severity: 'warning', code: 'event-key-expired', message: `${a.path}: key "${a.keyId}" has already expired on day ${key.expiredDay}; the ${a.kind} event does nothing`, path: a.path, unit: unit.id, key: key.id, day, cite: EXPIRATION_CITE });
          return;
        }
        if (a.kind === 'activate') {
          if (!key.active) activate(key, day, 'activated', a.path);
        } else if (key.active) {
          setActive(key, false);
          emit({ day, date: dateOf(day), type: 'deactivated', unit: unit.id, key: key.id, message: `Key "${key.id}" is deactivated; its timer halts until it is activated again`, cite: '000 §"How the Time-Based License Timer Works"' });
        }
        return;
      }
      case 'power-off': {
        const unit = sims[a.unit]!;
        setPower(unit, true);
        emit({ day, date: dateOf(day), type: 'power-off', unit: unit.id, message: `Unit powered off for ${a.days} days${unit.countsWhileOff ? '; on 8.x software active time-based keys keep counting down' : '; on 9.x only uptime counts, so active keys pause'}`, cite: unit.timerCite });
        return;
      }
      case 'power-on': {
        const unit = sims[a.unit]!;
        setPower(unit, false);
        emit({ day, date: dateOf(day), type: 'power-on', unit: unit.id, message: 'Unit powered on', cite: unit.timerCite });
        return;
      }
      case 'link-down':
        link = { start: day, reverted: false };
        touchAll();
        emit({ day, date: dateOf(day), type: 'link-down', message: `Units lose communication for ${a.days} days; the combined license keeps running and elapsed time comes off the primary/control unit`, cite: LINK_CITE });
        return;
      case 'link-grace-end': {
        if (link === null) return;
        link.reverted = true;
        for (const k of live) {
          if (k.linkPaused > 0) {
            k.remaining = Math.max(0, k.remaining - k.linkPaused);
            k.linkPaused = 0;
          }
        }
        checkAllForExpiry = true;
        touchAll();
        emit({ day, date: dateOf(day), type: 'link-down-grace-ended', message: `No communication for ${LINK_GRACE_DAYS} days: each unit reverts to its own license, and the elapsed time (grace included) comes off every unit's keys`, cite: LINK_CITE });
        return;
      }
      case 'link-restored': {
        const wasReverted = link?.reverted ?? false;
        link = null;
        for (const k of live) k.linkPaused = 0;
        touchAll();
        emit({ day, date: dateOf(day), type: 'link-restored', message: wasReverted ? 'Communication restored: the units combine their licenses again' : 'Communication restored within the 30-day grace: the elapsed time came off the primary/control unit only', cite: LINK_CITE });
        return;
      }
    }
  };

  /** The keys to expire on the step's day: those the countdown brought to zero, found as it counted. */
  const due = new ScratchList<SimKey>();
  const byLiveSeq = (k: SimKey): number => k.liveSeq;
  const expireDue = (day: number, expired: ScratchList<SimKey>): void => {
    if (due.size === 0) return;
    due.sortBy(byLiveSeq);
    for (let i = 0; i < due.size; i++) {
      const k = due.get(i);
      setActive(k, false);
      k.expired = true;
      k.remaining = 0;
      k.expiredDay = day;
      live.delete(k);
      const unit = sims[k.unitIndex]!;
      removeFrom(unit.liveKeys, k);
      // setActive marks these only for an active key; an inactive one can reach zero too (a link-down's grace end).
      touch(k);
      if (!k.numeric) leadsDirty |= k.featureMask;
      unit.dirty = true;
      expired.push(k);
      const expiry: TimelineEvent = { day, date: dateOf(day), type: 'expired', unit: k.unit, key: k.id, message: `Key "${k.id}" expires`, cite: EXPIRATION_CITE };
      emit(expiry);
      out.expiries.push(expiry);
    }
    due.clear();
  };

  /** 000 §"Time-Based License Expiration": the next installed key for the feature activates, else the permanent license is used. */
  const replaceExpired = (expired: ScratchList<SimKey>, day: number): void => {
    for (let i = 0; i < expired.size; i++) {
      const k = expired.get(i);
      const unit = sims[k.unitIndex]!;
      for (const f of k.featureIds) {
        if (activeKeyFor(unit, f)) continue;
        let next: SimKey | undefined;
        for (const c of unit.liveKeys) {
          if (!c.active && Object.hasOwn(c.features, f) && !blockingEvaluation(unit, c)) {
            next = c;
            break;
          }
        }
        if (next && activate(next, day, 'auto-activated', null)) continue;
        const fallback = fallbackOnExpiry(f as FeatureId);
        emit({ day, date: dateOf(day), type: 'fallback-to-permanent', unit: unit.id, key: k.id, feature: f as FeatureId, message: fallback.message, cite: fallback.cite });
      }
    }
  };

  /**
   * What an active key makes of its features on top of a permanent license, as [feature, value, …]
   * (000 §"How Permanent and Time-Based Licenses Combine"). Kept on the key for the permanent license
   * it was worked out for: a key stays active over many of its unit's changes.
   */
  const runningValues = (k: SimKey, permanent: PermanentLicense, tier: TierSpec): FeatureValue[] => {
    if (k.valuesFor === permanent) return k.values;
    const values: FeatureValue[] = [];
    for (const f of k.featureIds as FeatureId[]) {
      const spec = tier.features[f];
      const perm = permanent.license[f];
      if (spec && perm !== undefined) values.push(f, combinedValue(f, spec, perm, k.features[f]!));
    }
    k.valuesFor = permanent;
    k.values = values;
    return values;
  };

  /** The unit's own license now; the explanation is a thunk over a snapshot, built only if asked for. */
  const ownLicense = (unit: SimUnit): { license: License; provenance: () => FeatureProvenance } => {
    const { permanent, tier, variant } = unit;
    const license: License = { ...permanent.license };
    const active = unit.activeKeys.length === 0 ? NO_KEYS : unit.activeKeys.slice();
    for (const k of active) {
      const values = runningValues(k, permanent, tier);
      for (let i = 0; i < values.length; i += 2) license[values[i] as FeatureId] = values[i + 1]!;
    }
    const hasVariant = variant.partSuffix === 'K8' || variant.noPayloadEncryption === true;
    const beforeVariant = hasVariant ? { ...license } : license;
    if (hasVariant) applyHardwareVariant(variant, license);
    const provenance = (): FeatureProvenance => {
      const out: FeatureProvenance = { ...permanent.provenance };
      for (const k of active) {
        for (const [f, value] of Object.entries(k.features) as [FeatureId, FeatureValue][]) {
          const spec = tier.features[f];
          const perm = permanent.provenance[f];
          if (spec && perm) out[f] = combinePermanentAndTimeBased(f, spec, perm, k.id, value);
        }
      }
      if (hasVariant) applyHardwareVariant(variant, beforeVariant, out);
      return out;
    };
    return { license, provenance };
  };

  /**
   * The features in which the unit's license differs from `before`, as bits, or -1 when every
   * feature has to be compared. With the same permanent license only features of a key active then
   * or now can differ (the hardware variant caps feature by feature), so a step compares a handful, not all.
   */
  const changedSince = (unit: SimUnit, before: License, now: License): number => {
    const previous = unit.lastActiveMask;
    let current = 0;
    for (const k of unit.activeKeys) current |= k.featureMask;
    unit.lastActiveMask = current;
    if (unit.permanentChanged) {
      unit.permanentChanged = false;
      return sameLicense(before, now) ? 0 : -1;
    }
    let changed = 0;
    for (let i = 0, candidates = previous | current; candidates !== 0; i++, candidates >>>= 1) {
      const f = FEATURE_IDS[i]!;
      if (candidates & 1 && !Object.is(before[f], now[f])) changed |= 1 << i;
    }
    return changed;
  };

  /** The on/off key that leads k's shared countdown when k runs but does not count (000 §"How Failover or ASA Cluster Licenses Combine"). */
  const leadOver = (k: SimKey): SimKey | null => {
    if (k.counting || k.numeric || !combined || link?.reverted || !runsNow(k)) return null;
    for (let i = 0, m = k.featureMask; m !== 0; i++, m >>>= 1) if (m & 1 && leads[i] && leads[i] !== k) return leads[i]!;
    return null;
  };
  /** Sets k.waiting and tells the event list when it starts or stops waiting: the same state the key table reads. */
  const tellCountdown = (k: SimKey, day: number): void => {
    const lead = leadOver(k);
    const was = k.waiting;
    const before = k.waitingFor;
    k.waiting = lead !== null;
    k.waitingFor = lead;
    const start = k.startEvent;
    if (start !== null) {
      k.startEvent = null;
      const u = sims[k.unitIndex]!;
      start.message = activeOnInstallWords(k.id, k.counting ? 'counting' : lead ? 'waiting' : 'paused', lead, u.poweredOff);
      if (lead) start.cite = SHARED_COUNTDOWN_CITE;
      return;
    }
    if (lead && !was) emit({ day, date: dateOf(day), type: 'countdown-waiting', unit: k.unit, key: k.id, message: waitingWords(k.id, lead), cite: SHARED_COUNTDOWN_CITE });
    else if (was && k.counting) emit({ day, date: dateOf(day), type: 'countdown-started', unit: k.unit, key: k.id, message: startedWords(k.id, before), cite: SHARED_COUNTDOWN_CITE });
  };

  const stretches: LicenseStretch[][] = sims.map(() => []);
  const histories = createKeyHistories(allKeys.length);
  const record = (day: number): void => {
    if (combined && leadsDirty !== 0) computeLeads(leadsDirty);
    leadsDirty = 0;
    for (let i = 0; i < sims.length; i++) {
      const unit = sims[i]!;
      if (!unit.dirty) continue;
      unit.dirty = false;
      const { license, provenance } = ownLicense(unit);
      const list = stretches[i]!;
      const last = list.at(-1);
      const changed = last ? changedSince(unit, last.license, license) : -1;
      if (last && changed === 0 && last.poweredOff === unit.poweredOff) continue;
      if (last) last.to = day;
      // Every field always present: one hidden class for all the simulation's stretches, which the combination reads in bulk.
      list.push({ from: day, to: null, license, provenance, changedMask: changed === -1 ? undefined : changed, poweredOff: unit.poweredOff });
      out.changeLog.days.push(day);
      out.changeLog.units.push(i);
    }
    for (let i = 0; i < touched.size; i++) {
      const k = touched.get(i);
      setCounting(k, computeCounting(k));
      tellCountdown(k, day);
      histories.record(k.keyIndex, day, k.remaining, keyFlags(k));
    }
    touched.clear();
    stepNo++;
  };

  let t = 0;
  let ai = 0;
  let revertedFrom: number | null = null;
  const expired = new ScratchList<SimKey>();
  const step = (day: number): void => {
    expired.clear();
    expireDue(day, expired);
    while (ai < actions.length && actions[ai]!.day === day) apply(actions[ai++]!, day);
    // Only a link-down's grace end takes time off keys on the day (and it may be from keys that were not counting).
    if (checkAllForExpiry) {
      for (const k of live) if (k.remaining <= 0) due.push(k);
      checkAllForExpiry = false;
      expireDue(day, expired);
    }
    replaceExpired(expired, day);
    const reverted = link !== null && (link as { reverted: boolean }).reverted;
    if (reverted && revertedFrom === null) revertedFrom = day;
    if (!reverted && revertedFrom !== null) {
      out.revertedStretches.push({ from: revertedFrom, to: day });
      revertedFrom = null;
    }
    record(day);
  };
  step(0);
  for (;;) {
    let next = ai < actions.length ? actions[ai]!.day : Infinity;
    for (const k of countingKeys) if (t + k.remaining < next) next = t + k.remaining;
    if (next === Infinity) break;
    const dt = next - t;
    for (const k of countingKeys) if ((k.remaining -= dt) <= 0 && keyIsLive(k)) due.push(k);
    // Within the 30-day grace of a link-down, keys that run but do not count keep the time they would have lost.
    if (link !== null && !(link as { reverted: boolean }).reverted) for (const k of live) if (!k.counting && runsNow(k)) k.linkPaused += dt;
    t = next;
    step(t);
  }
  if (revertedFrom !== null) out.revertedStretches.push({ from: revertedFrom, to: Number.MAX_SAFE_INTEGER });

  sims.forEach((unit, i) => {
    out.unitStretches[unit.id] = stretches[i]!;
  });
  out.stretchLists = stretches;
  // The simulation's own key records are the result (no copy): a stacked key reports the key it merged into.
  const finished = histories.finish();
  for (const k of allKeys) k.history = finished[k.keyIndex]!;
  for (const k of allKeys) {
    if (k.merged === null) continue;
    k.expiredDay = k.merged.expiredDay;
    k.history = k.merged.history;
  }
  out.keys = allKeys;
  return out;
}

/** Same features with the same values (licenses are small flat records). */
export function sameLicense(a: License, b: License): boolean {
  let n = 0;
  for (const k in a) {
    if (!Object.is(a[k as FeatureId], b[k as FeatureId])) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}

export { SHARED_COUNTDOWN_CITE };
