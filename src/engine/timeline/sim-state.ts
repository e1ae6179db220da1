// The PAK simulation's state: its units and keys, the lists a step reads (live, active and counting
// keys), the keys touched in the current step, the link's state and the record it writes. Every change
// of a key's active/live state goes through here, so the lists and the flags stay in step.
import { FEATURES } from '../catalog/features';
import { FEATURE_IDS, type FeatureValue, type License } from '../types';
import { featureMask } from '../rules/feature-mask';
import { permanentLicense } from '../rules/permanent-license';
import { countsWhilePoweredOff, timerCite, timerRuns } from '../rules/timer-rule';
import type { LinkState } from '../rules/link-loss';
import type { FeatureProvenance, LicenseStretch } from '../unit-timeline';
import type { KeyHistory } from './key-history';
import { ScratchList } from './scratch-list';
import { SimRecord } from './sim-record';
import type { SimKey, SimUnit, SimUnitInput } from './sim-types';

const NUMERIC_FEATURES = featureMask(FEATURE_IDS.filter((f) => FEATURES[f].kind === 'number'));
/** Shared by every key until something stacks onto it (rules/stacking.ts replaces it, never pushes to it; frozen so a slip would throw). */
const NO_STACKED = Object.freeze([]) as unknown as string[];
const NO_VALUES: FeatureValue[] = [];
const NO_HISTORY: KeyHistory = [];
export const ALL_FEATURES = featureMask(FEATURE_IDS);
const KEY_SCANS_BEFORE_MAP = 8;

/*
 * V8 hidden classes: the records the simulation makes by the thousand (units, keys, stretches here;
 * actions in sim-schedule.ts) are each made in one place by one object literal listing every field in
 * one order, optional ones included, never by a spread and never with a property added later. Then all
 * the records of a kind share one hidden class, and the code that reads them in bulk (the step, the
 * combination of units) stays monomorphic; a spread followed by more properties made a new hidden
 * class on every call (~13 µs a unit).
 */
function newUnit(u: SimUnitInput): SimUnit {
  return {
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
  };
}

function newKey(unit: SimUnit, unitIndex: number, key: SimUnitInput['keys'][number], order: number, keyIndex: number): SimKey {
  const featureIds = Object.keys(key.features);
  const mask = featureMask(featureIds);
  return {
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
    unitIndex,
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
    keyIndex,
    values: NO_VALUES,
    valuesFor: null,
    stamp: -1,
    merged: null,
    liveSeq: -1,
    countIdx: -1,
  };
}

export function newStretch(from: number, license: License, provenance: () => FeatureProvenance, changedMask: number | undefined, poweredOff: boolean): LicenseStretch {
  return { from, to: null, license, provenance, changedMask, poweredOff };
}

/** Keeps a small per-unit list in plan order, so "the first key in plan order" stays a scan from the front. */
// (Shifted by hand: `splice` allocates the array of removed items on every call.)
function insertInOrder(list: SimKey[], k: SimKey): void {
  let i = list.length;
  list.push(k);
  while (i > 0 && list[i - 1]!.order > k.order) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = k;
}

function removeFrom(list: SimKey[], k: SimKey): void {
  const i = list.indexOf(k);
  if (i < 0) return;
  for (let j = i + 1; j < list.length; j++) list[j - 1] = list[j]!;
  list.pop();
}

export class SimState {
  readonly units: SimUnit[];
  /** Every key of every unit, units in order, each unit's in plan order. */
  readonly allKeys: SimKey[] = [];
  /** Installed, unexpired, unmerged keys of every unit, in install order. */
  readonly live = new Set<SimKey>();
  private liveSeq = 0;
  /**
   * The keys whose timers run: the only ones a step decrements and the only ones that can reach
   * zero (installed keys that never run stay out of every step; a plan collects hundreds of them).
   */
  readonly countingKeys: SimKey[] = [];
  /** Keys whose counting may have changed in this step, deduplicated by step stamp. */
  readonly touched = new ScratchList<SimKey>();
  stepNo = 0;
  /** The keys to expire on the step's day: those the countdown brought to zero, found as it counted. */
  readonly due = new ScratchList<SimKey>();
  /** The grace-end of a link-down takes time off keys that were not counting: the day's expiry check looks at every live key. */
  checkAllForExpiry = false;
  /** The on/off features whose shared countdown may have a new lead, as bits: a key for them changed state, or a unit's power (all). */
  leadsDirty = ALL_FEATURES;
  /** By feature (bit index, feature-mask.ts): the key that leads its shared countdown (shared-countdown.ts). */
  readonly leads: (SimKey | null)[] = FEATURE_IDS.map(() => null);
  /** Units that cannot talk to each other, or null (rules/link-loss.ts). */
  link: LinkState | null = null;
  readonly record: SimRecord;

  /** `dateOf` gives each event its calendar date as it is made. */
  constructor(
    inputs: SimUnitInput[],
    readonly combined: boolean,
    readonly dateOf: (day: number) => string,
  ) {
    this.units = inputs.map(newUnit);
    this.units.forEach((unit, ui) => {
      unit.keys.forEach((key, order) => {
        const k = newKey(unit, ui, key, order, this.allKeys.length);
        unit.simKeys.push(k);
        this.allKeys.push(k);
      });
    });
    this.record = new SimRecord(this.units.length, this.allKeys.length);
  }

  touch(k: SimKey): void {
    if (k.stamp === this.stepNo) return;
    k.stamp = this.stepNo;
    this.touched.push(k);
  }

  /** Power and link changes can change whether any key of a unit (or of every unit) counts. */
  touchUnit(unit: SimUnit): void {
    for (const k of unit.liveKeys) this.touch(k);
  }

  touchAll(): void {
    for (const k of this.live) this.touch(k);
  }

  setCounting(k: SimKey, counting: boolean): void {
    if (k.counting === counting) return;
    k.counting = counting;
    const list = this.countingKeys;
    if (counting) {
      k.countIdx = list.length;
      list.push(k);
    } else {
      const last = list.pop()!;
      if (last !== k) {
        list[k.countIdx] = last;
        last.countIdx = k.countIdx;
      }
      k.countIdx = -1;
    }
  }

  static isLive(k: SimKey): boolean {
    return k.installed && !k.expired && k.merged === null;
  }

  /** The key is active and installed, and its unit's timer runs (rules/timer-rule.ts). */
  runsNow(k: SimKey): boolean {
    const u = this.units[k.unitIndex]!;
    return SimState.isLive(k) && timerRuns(k.active, u.poweredOff, u.countsWhileOff);
  }

  setActive(k: SimKey, active: boolean): void {
    if (k.active === active) return;
    const unit = this.units[k.unitIndex]!;
    k.active = active;
    if (active) insertInOrder(unit.activeKeys, k);
    else removeFrom(unit.activeKeys, k);
    unit.dirty = true;
    this.touch(k);
    if (!k.numeric) this.leadsDirty |= k.featureMask;
  }

  /** A newly installed key (not stacked) joins the live keys. */
  addLive(k: SimKey): void {
    k.installed = true;
    k.liveSeq = this.liveSeq++;
    this.live.add(k);
    insertInOrder(this.units[k.unitIndex]!.liveKeys, k);
    this.touch(k);
  }

  /** An expired key leaves the live keys (it is inactive already). */
  removeLive(k: SimKey, day: number): void {
    k.expired = true;
    k.remaining = 0;
    k.expiredDay = day;
    this.live.delete(k);
    const unit = this.units[k.unitIndex]!;
    removeFrom(unit.liveKeys, k);
    // setActive marks these only for an active key; an inactive one can reach zero too (a link-down's grace end).
    this.touch(k);
    if (!k.numeric) this.leadsDirty |= k.featureMask;
    unit.dirty = true;
  }

  /** The key an event names (the first in plan order with that id; a stacked key stands for the key it merged into). */
  resolveKey(unit: SimUnit, keyId: string): SimKey | undefined {
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
  }
}
