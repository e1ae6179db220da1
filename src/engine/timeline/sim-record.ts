// What the PAK simulation writes down as it runs: events and issues as they happen, each unit's
// license stretches (unit-license.ts makes them), each key's history (key-history.ts), the
// stretches during which units run on their own licenses after a link-down's grace, and at the end
// the result.
import type { Issue } from '../types';
import type { TimelineEvent } from '../result';
import type { ChangeLog, LicenseStretch } from '../unit-timeline';
import { createKeyHistories } from './key-history';
import type { SimKey, SimulationResult, SimUnit } from './sim-types';

export class SimRecord {
  readonly events: TimelineEvent[] = [];
  readonly expiries: TimelineEvent[] = [];
  readonly issues: Issue[] = [];
  /** Per unit (in the order given), its license stretches in day order. */
  readonly stretches: LicenseStretch[][];
  readonly changeLog: ChangeLog = { days: [], units: [] };
  readonly histories: ReturnType<typeof createKeyHistories>;
  readonly revertedStretches: { from: number; to: number }[] = [];
  private revertedFrom: number | null = null;

  constructor(unitCount: number, keyCount: number) {
    this.stretches = Array.from({ length: unitCount }, (): LicenseStretch[] => []);
    this.histories = createKeyHistories(keyCount);
  }

  emit(e: TimelineEvent): void {
    this.events.push(e);
  }

  /** An "expired" event: in the event list, and in the list renewal-warnings.ts reads. */
  expiry(e: TimelineEvent): void {
    this.events.push(e);
    this.expiries.push(e);
  }

  issue(i: Issue): void {
    this.issues.push(i);
  }

  /** A new stretch of unit `unit` starts on `day`. */
  stretch(unit: number, s: LicenseStretch): void {
    this.stretches[unit]!.push(s);
    this.changeLog.days.push(s.from);
    this.changeLog.units.push(unit);
  }

  /** Whether the units run on their own licenses after the step of `day` (rules/link-loss.ts). */
  reverted(reverted: boolean, day: number): void {
    if (reverted && this.revertedFrom === null) this.revertedFrom = day;
    if (!reverted && this.revertedFrom !== null) {
      this.revertedStretches.push({ from: this.revertedFrom, to: day });
      this.revertedFrom = null;
    }
  }

  /** The result. The simulation's own key records are handed out (no copy): a stacked key reports the key it merged into. */
  finish(units: readonly SimUnit[], allKeys: SimKey[]): SimulationResult {
    if (this.revertedFrom !== null) this.revertedStretches.push({ from: this.revertedFrom, to: Number.MAX_SAFE_INTEGER });
    const unitStretches: Record<string, LicenseStretch[]> = {};
    units.forEach((unit, i) => {
      unitStretches[unit.id] = this.stretches[i]!;
    });
    const finished = this.histories.finish();
    for (const k of allKeys) k.history = finished[k.keyIndex]!;
    for (const k of allKeys) {
      if (k.merged === null) continue;
      k.expiredDay = k.merged.expiredDay;
      k.history = k.merged.history;
    }
    return {
      keys: allKeys,
      unitStretches,
      stretchLists: this.stretches,
      changeLog: this.changeLog,
      events: this.events,
      expiries: this.expiries,
      issues: this.issues,
      revertedStretches: this.revertedStretches,
    };
  }
}
