// Event-driven simulation of the time-based keys of PAK units, one deployment at a time, as a small
// state machine: the state (sim-state.ts), the schedule of actions fixed in advance (sim-schedule.ts),
// one handler per kind of action (handle-*.ts), and the record of stretches, events and key histories
// (sim-record.ts, unit-license.ts, shared-countdown.ts). Each rule's decision is in src/engine/rules/.
//
// Time jumps from one change day to the next (a scheduled action or the earliest expiry of a counting
// key); between two change days every counting key loses one day per day, so the cost grows with keys
// and events, never with the number of days.
import type { PlanEvent } from '../plan/schema';
import { revertedToOwnLicense } from '../rules/link-loss';
import { handleActivation } from './handle-activation';
import { expireDue, replaceExpired } from './handle-expiry';
import { handleInstall } from './handle-install';
import { handleLink, keepTimeWithinGrace } from './handle-link';
import { handlePermanentKey } from './handle-permanent-key';
import { handlePower } from './handle-power';
import { ScratchList } from './scratch-list';
import { settleTouchedKeys, updateLeads } from './shared-countdown';
import { buildSchedule, type Action } from './sim-schedule';
import { SimState } from './sim-state';
import type { SimKey, SimulationResult, SimUnitInput } from './sim-types';
import { recordStretches } from './unit-license';

export type { SimKeyResult, SimulationResult, SimUnitInput } from './sim-types';
export { sameLicense } from './unit-license';
export { LINK_GRACE_DAYS } from '../rules/link-loss';
export { SHARED_COUNTDOWN_CITE } from './countdown-story';

function apply(s: SimState, a: Action, day: number): void {
  switch (a.kind) {
    case 'install':
      return handleInstall(s, a, day);
    case 'permanent-key':
      return handlePermanentKey(s, a, day);
    case 'activate':
    case 'deactivate':
      return handleActivation(s, a, day);
    case 'power-off':
    case 'power-on':
      return handlePower(s, a, day);
    case 'link-down':
    case 'link-grace-end':
    case 'link-restored':
      return handleLink(s, a, day);
  }
}

/** `dateOf` gives each event its calendar date. */
export function simulatePak(units: SimUnitInput[], events: readonly PlanEvent[], combined: boolean, dateOf: (day: number) => string): SimulationResult {
  const s = new SimState(units, combined, dateOf);
  const actions = buildSchedule(s.units, events, combined);
  const expired = new ScratchList<SimKey>();
  let ai = 0;

  /** One change day: expiries first, then the day's actions, then what follows from both, then the record. */
  const step = (day: number): void => {
    expired.clear();
    expireDue(s, day, expired);
    while (ai < actions.length && actions[ai]!.day === day) apply(s, actions[ai++]!, day);
    // Only a link-down's grace end takes time off keys on the day (and it may be from keys that were not counting).
    if (s.checkAllForExpiry) {
      for (const k of s.live) if (k.remaining <= 0) s.due.push(k);
      s.checkAllForExpiry = false;
      expireDue(s, day, expired);
    }
    replaceExpired(s, expired, day);
    s.record.reverted(revertedToOwnLicense(s.link), day);
    updateLeads(s);
    recordStretches(s, day);
    settleTouchedKeys(s, day);
  };

  let t = 0;
  step(0);
  for (;;) {
    let next = ai < actions.length ? actions[ai]!.day : Infinity;
    for (const k of s.countingKeys) if (t + k.remaining < next) next = t + k.remaining;
    if (next === Infinity) break;
    const dt = next - t;
    for (const k of s.countingKeys) if ((k.remaining -= dt) <= 0 && SimState.isLive(k)) s.due.push(k);
    keepTimeWithinGrace(s, dt);
    t = next;
    step(t);
  }
  return s.record.finish(s.units, s.allKeys);
}
