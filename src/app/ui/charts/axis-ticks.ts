// Axis ticks people can read: time axes on calendar boundaries (months, quarters, years, chosen by
// the span so that at most `maxTicks` fall on the axis) and value axes on round steps (1, 2, 5 ×
// a power of ten). Pure functions of the plan's start date and horizon; the charts pass the days
// to Recharts as explicit ticks, so no tick falls on an arbitrary day such as 95 or 190.
import { addMonths, differenceInCalendarDays } from 'date-fns';
import { dayToDate, parseIsoDate } from '../display/dates';

export interface TimeTick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** Steps in months, smallest first: months, quarters, half-years, then whole years. */
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600] as const;

/**
 * Ticks on the first day of a month, quarter (Jan, Apr, Jul, Oct) or year within days 0..horizon
 * of a plan starting on `startDate`, at most `maxTicks` of them. Month and quarter ticks read
 * "Apr 2027"; year ticks read "2027".
 */
export function calendarTicks(startDate: string, horizon: number, maxTicks = 8): TimeTick[] {
  const start = parseIsoDate(startDate);
  if (start === undefined || !(horizon > 0)) return [];
  const spanMonths = horizon / 30.436875;
  const step = MONTH_STEPS.find((s) => spanMonths / s <= maxTicks) ?? MONTH_STEPS[MONTH_STEPS.length - 1]!;
  // The first boundary on or after the start: the first of a month whose index is a multiple of the step.
  const first = new Date(start.getFullYear(), start.getMonth(), 1);
  first.setFullYear(start.getFullYear());
  if (first.getDate() !== start.getDate() || first.getMonth() !== start.getMonth()) first.setMonth(first.getMonth() + 1);
  const index = (d: Date) => d.getFullYear() * 12 + d.getMonth();
  const misaligned = ((index(first) % step) + step) % step;
  let tick = misaligned === 0 ? first : addMonths(first, step - misaligned);
  const out: TimeTick[] = [];
  for (;;) {
    const day = differenceInCalendarDays(tick, start);
    if (day > horizon) break;
    out.push({ day, label: step >= 12 ? String(tick.getFullYear()) : `${MONTHS[tick.getMonth()]} ${tick.getFullYear()}` });
    tick = addMonths(tick, step);
  }
  return out;
}

/** Round value ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10^k, at most `maxTicks` + 1 ticks. Integers only. */
export function roundTicks(max: number, maxTicks = 5): number[] {
  const top = Math.max(1, Math.ceil(Number.isFinite(max) ? max : 1));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= maxTicks);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const count = Math.ceil(top / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** Calendar ticks over a zoomed window [from, to] of the plan: the window's own boundaries, as plan days. */
export function rangeTicks(startDate: string, from: number, to: number, maxTicks = 8): TimeTick[] {
  if (from <= 0) return calendarTicks(startDate, to, maxTicks);
  return calendarTicks(dayToDate(startDate, from), to - from, maxTicks).map((t) => ({ day: t.day + from, label: t.label }));
}
