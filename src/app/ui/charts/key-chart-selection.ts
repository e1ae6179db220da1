// Which keys the countdown chart draws. A small plan: every key. A big one (a 16-unit cluster has
// hundreds, far more lines than anyone can read or a browser can redraw as the day moves): the keys
// of one unit, the unit picked for the chart or else the one open in the editor, at most
// MAX_CHARTED_KEYS lines. The choice depends on the plan and the view, never on the as-of day, so
// the chart does not change as the day moves.
import type { KeyStatus, TimelineEvent } from '../../../engine/index';
import type { Lapse } from '../display/renewals';

export const MAX_CHARTED_KEYS = 30;
/** The chart's "Keys of" value meaning every unit. */
export const ALL_UNITS = '*';

export interface KeyChartSelection {
  /** The unit whose keys are drawn, or ALL_UNITS. */
  choice: string;
  /** The keys drawn (at most MAX_CHARTED_KEYS), in the plan's order. */
  keys: KeyStatus[];
  /** The keys the choice covers before the cap. */
  chosenCount: number;
  /** Every charted key of the plan. */
  total: number;
  /** Each unit with keys to chart and how many. */
  units: { id: string; count: number }[];
  /** Whether "All units" fits under the cap. */
  allowAll: boolean;
}

export function keyChartSelection(charted: readonly KeyStatus[], unitOrder: readonly string[], wanted: string | undefined, editorUnit: string | undefined): KeyChartSelection {
  const counts = new Map<string, number>();
  for (const k of charted) counts.set(k.unit, (counts.get(k.unit) ?? 0) + 1);
  const units = unitOrder.filter((id) => counts.has(id)).map((id) => ({ id, count: counts.get(id)! }));
  const total = charted.length;
  const allowAll = total <= MAX_CHARTED_KEYS;
  const valid = (c: string | undefined): c is string => c !== undefined && (c === ALL_UNITS ? allowAll : counts.has(c));
  const choice = valid(wanted) ? wanted : allowAll ? ALL_UNITS : valid(editorUnit) ? editorUnit : (units[0]?.id ?? ALL_UNITS);
  const chosen = choice === ALL_UNITS ? [...charted] : charted.filter((k) => k.unit === choice);
  return { choice, keys: chosen.slice(0, MAX_CHARTED_KEYS), chosenCount: chosen.length, total, units, allowAll };
}

/** The events marked on the key chart: one unit's own and the plan-wide ones (a link down), but not the order-by reminders of other units' keys. */
export function eventsForChoice<E extends Pick<TimelineEvent, 'unit' | 'type'>>(events: readonly E[], choice: string): readonly E[] {
  return choice === ALL_UNITS ? events : events.filter((e) => (e.unit === undefined ? e.type !== 'renewal-due' : e.unit === choice));
}

/** The lapses whose order-by days the key chart marks: those of the keys drawn (`unit/key` ids). */
export function lapsesForChoice(lapses: readonly Lapse[], choice: string, ids: ReadonlySet<string>): readonly Lapse[] {
  return choice === ALL_UNITS ? lapses : lapses.filter((l) => l.keys.some((k) => ids.has(k)));
}
