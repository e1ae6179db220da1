// The x axis every timeline shares: a window of plan days (the whole plan, or the zoomed range)
// with calendar ticks of that window and their labels.
import { shortDate } from '../display/dates';
import { rangeTicks } from './axis-ticks';

/** Days [from, to] shown; the whole plan is [0, horizon]. */
export type DayWindow = readonly [from: number, to: number];

/** Room for one tick label ("Jul 2027" at 12 px) and Recharts' 24 px gap between labels. */
const PX_PER_TICK = 80;

/**
 * How many calendar ticks fit a plot this wide: 8 on a desktop chart, fewer on a phone, where
 * Recharts would otherwise drop every other label and leave "Jul 2027, Jul 2028" (years read
 * better: a 3-year plan at 390 px gets yearly ticks). Before the plot is measured: 8.
 */
export function maxTicksFor(plotWidth: number | undefined): number {
  if (plotWidth === undefined || !(plotWidth > 0)) return 8;
  return Math.max(2, Math.min(8, Math.floor(plotWidth / PX_PER_TICK)));
}

export function timeAxis(startDate: string, horizon: number, window?: DayWindow, maxTicks = 8) {
  const [from, to] = window ?? [0, horizon];
  const ticks = rangeTicks(startDate, from, to, maxTicks);
  const labels = new Map(ticks.map((t) => [t.day, t.label]));
  return {
    domain: [from, to] as [number, number],
    ticks: ticks.map((t) => t.day),
    tickFormatter: (d: number) => labels.get(d) ?? shortDate(startDate, d),
    /** Zoomed: lines are clipped to the window. */
    allowDataOverflow: from > 0 || to < horizon,
  };
}
