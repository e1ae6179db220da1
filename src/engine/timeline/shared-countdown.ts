// Which keys count down after a step, and the shared countdown of on/off keys in a pair or cluster.
// 000 §"How Failover or ASA Cluster Licenses Combine": "The primary/control unit counts down its
// license first, and when it expires, the secondary/data unit(s) start counting down its license, and
// so on." The lead of a feature's shared countdown is the first running on/off key for it in unit
// order (primary/control first); whether a key counts is rules/key-counting.ts.
import { FEATURE_IDS } from '../types';
import { countsDown } from '../rules/key-counting';
import { revertedToOwnLicense } from '../rules/link-loss';
import { activeOnInstallWords, SHARED_COUNTDOWN_CITE, startedWords, waitingWords } from './countdown-story';
import { keyFlags } from './key-history';
import type { SimState } from './sim-state';
import type { SimKey } from './sim-types';

/** Scratch for updateLeads: the new lead of each feature it looks for (one simulation runs at a time, start to finish). */
const nextLeads: (SimKey | null)[] = FEATURE_IDS.map(() => null);

/**
 * Recomputes the leads of the features whose keys or units changed (s.leadsDirty) and touches the
 * keys that gain or lose a lead, so that their counting is re-checked.
 */
export function updateLeads(s: SimState): void {
  const dirty = s.leadsDirty;
  s.leadsDirty = 0;
  if (!s.combined || dirty === 0) return;
  const { leads, units } = s;
  // Only the features asked for are looked for again, and the walk stops once each has its lead.
  let wanted = dirty;
  for (let i = 0, m = dirty; m !== 0; i++, m >>>= 1) if (m & 1) nextLeads[i] = null;
  for (let u = 0; u < units.length && wanted !== 0; u++) {
    for (const k of units[u]!.activeKeys) {
      if (k.numeric || (k.featureMask & wanted) === 0 || !s.runsNow(k)) continue;
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
    if (before) s.touch(before);
    if (after) s.touch(after);
  }
}

/** The on/off key that leads k's shared countdown when k runs but does not count. */
function leadOver(s: SimState, k: SimKey): SimKey | null {
  if (k.counting || k.numeric || !s.combined || revertedToOwnLicense(s.link) || !s.runsNow(k)) return null;
  const { leads } = s;
  for (let i = 0, m = k.featureMask; m !== 0; i++, m >>>= 1) if (m & 1 && leads[i] && leads[i] !== k) return leads[i]!;
  return null;
}

/** Sets k.waiting and tells the event list when it starts or stops waiting: the same state the key table reads. */
function tellCountdown(s: SimState, k: SimKey, day: number): void {
  const lead = leadOver(s, k);
  const was = k.waiting;
  const before = k.waitingFor;
  k.waiting = lead !== null;
  k.waitingFor = lead;
  const start = k.startEvent;
  if (start !== null) {
    k.startEvent = null;
    const u = s.units[k.unitIndex]!;
    start.message = activeOnInstallWords(k.id, k.counting ? 'counting' : lead ? 'waiting' : 'paused', lead, u.poweredOff);
    if (lead) start.cite = SHARED_COUNTDOWN_CITE;
    return;
  }
  if (lead && !was) s.record.emit({ day, date: s.dateOf(day), type: 'countdown-waiting', unit: k.unit, key: k.id, message: waitingWords(k.id, lead), cite: SHARED_COUNTDOWN_CITE });
  else if (was && k.counting) s.record.emit({ day, date: s.dateOf(day), type: 'countdown-started', unit: k.unit, key: k.id, message: startedWords(k.id, before), cite: SHARED_COUNTDOWN_CITE });
}

/** The keys touched in the step of `day`: whether each counts now, whether it waits, and a point in its history. Ends the step. */
export function settleTouchedKeys(s: SimState, day: number): void {
  const { touched } = s;
  for (let i = 0; i < touched.size; i++) {
    const k = touched.get(i);
    s.setCounting(k, countsDown(k, s.runsNow(k), s.combined, s.link, s.leads));
    tellCountdown(s, k, day);
    s.record.histories.record(k.keyIndex, day, k.remaining, keyFlags(k));
  }
  touched.clear();
  s.stepNo++;
}
