// The app's dates: the engine's calendar (src/engine/dates.ts: day numbers and calendar dates,
// months) plus what only the display needs: local Date values for inputs and chart ticks, today's
// date, and "12 Mar 2027" labels. No day arithmetic of its own.
// date-fns' parse/format are left out on purpose: they pull their locale machinery into the
// initial bundle for two fixed formats.
import { dateOfDay, dayAfterMonths, dayOfDate, DAYS_PER_YEAR } from '../../../engine/dates';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function parseIsoDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  date.setFullYear(y);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

export const formatIsoDate = (d: Date): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The calendar date of `day` for a plan starting on `startDate` ('' when the start is not a date). */
export function dayToDate(startDate: string, day: number): string {
  return parseIsoDate(startDate) === undefined ? '' : dateOfDay(startDate, day);
}

/** The day number of calendar date `iso` for a plan starting on `startDate`; undefined if either is not a date. */
export function dateToDay(startDate: string, iso: string): number | undefined {
  if (parseIsoDate(startDate) === undefined || parseIsoDate(iso) === undefined) return undefined;
  return dayOfDate(startDate, iso);
}

export const todayIso = (now: Date = new Date()): string => formatIsoDate(now);

export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * A key's term in days (the plan stores days): weeks are 7 days, months are calendar months counted
 * from the install date, years are the engine's 365 days (DAYS_PER_YEAR, engine/dates.ts).
 */
export function durationToDays(amount: number, unit: DurationUnit, startDate: string, installDay: number): number {
  if (unit === 'days') return amount;
  if (unit === 'weeks') return amount * 7;
  if (unit === 'years') return amount * DAYS_PER_YEAR;
  if (parseIsoDate(startDate) === undefined) return Math.round(amount * 30.4375);
  return dayAfterMonths(startDate, installDay, amount) - installDay;
}

/** "12 Mar 2027" for labels and chart ticks. */
export function shortDate(startDate: string, day: number): string {
  if (parseIsoDate(startDate) === undefined) return `day ${day}`;
  const [y, m, d] = dateOfDay(startDate, day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
