// The x axis every timeline shares: a window of plan days (the whole plan, or the zoomed range)
// with calendar ticks of that window and their labels.
import { shortDate } from '../display/dates';
import { rangeTicks } from './axis-ticks';

/** Days [from, to] shown; the whole plan is [0, horizon]. */
export type DayWindow = readonly [from: number, to: number];

export function timeAxis(startDate: string, horizon: number, window?: DayWindow) {
  const [from, to] = window ?? [0, horizon];
  const ticks = rangeTicks(startDate, from, to);
  const labels = new Map(ticks.map((t) => [t.day, t.label]));
  return {
    domain: [from, to] as [number, number],
    ticks: ticks.map((t) => t.day),
    tickFormatter: (d: number) => labels.get(d) ?? shortDate(startDate, d),
    /** Zoomed: lines are clipped to the window. */
    allowDataOverflow: from > 0 || to < horizon,
  };
}
