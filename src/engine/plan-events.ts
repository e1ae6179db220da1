// The plan's timeline of events, gathered as the pipeline runs: the simulation's first (already in
// day order, each with its date), then the others' (Smart, requirements, Secure Client), which get
// their calendar date as they join; the renewal reminders last.
import type { TimelineEvent } from './timeline-event';
import type { UnitEvent } from './unit-timeline';

export class PlanEvents {
  /** The simulation's events are in day order as made (it steps from day to day); others may not be. */
  private simulationOnly = true;

  /**
   * `events` and `expiries` are the simulation's own lists, taken over (not copied): the expiries
   * are what findLapses reads.
   */
  readonly events: TimelineEvent[];
  readonly expiries: TimelineEvent[];
  private readonly toDate: (day: number) => string;

  constructor(events: TimelineEvent[], expiries: TimelineEvent[], toDate: (day: number) => string) {
    this.events = events;
    this.expiries = expiries;
    this.toDate = toDate;
  }

  add(e: TimelineEvent): void {
    this.simulationOnly = false;
    this.events.push(e);
    if (e.type === 'expired') this.expiries.push(e);
  }

  /** An event that has its day but not its date yet. */
  addDated(e: UnitEvent): void {
    // Not `{ ...e, date }`: in V8 a spread followed by a new property makes a new hidden class on every call.
    const out = Object.assign({}, e) as TimelineEvent;
    out.date = this.toDate(e.day);
    this.add(out);
  }

  /** Every event with the renewal reminders, in day order (on a tie, in the order they were added). */
  withRenewals(renewals: readonly TimelineEvent[]): TimelineEvent[] {
    const all = this.events;
    return (this.simulationOnly || inDayOrder(all)) && inDayOrder(renewals) ? mergeByDay(all, renewals) : sortByDay([...all, ...renewals]);
  }
}

const inDayOrder = (events: readonly TimelineEvent[]): boolean => {
  for (let i = 1; i < events.length; i++) if (events[i - 1]!.day > events[i]!.day) return false;
  return true;
};

/** Array.prototype.sort is stable: events of one day keep the order they were produced in. */
const sortByDay = (events: TimelineEvent[]): TimelineEvent[] => events.sort((a, b) => a.day - b.day);

/** Two lists in day order as one, as the stable sort of `a` followed by `b` would give (on a tie, `a`'s event first). `b` is short (renewals): each of its events finds its place in `a` by binary search. */
function mergeByDay(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  if (b.length === 0) return a as TimelineEvent[];
  const out: TimelineEvent[] = [];
  let from = 0;
  for (const e of b) {
    // After every event of `a` on or before e's day.
    let lo = from;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.day <= e.day) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(a[i]!);
    out.push(e);
    from = lo;
  }
  for (let i = from; i < a.length; i++) out.push(a[i]!);
  return out;
}
