// Calendar arithmetic for the plan's day numbers (days counted from plan.startDate, day 0).
// Local calendar dates, so a day is a day whatever the time zone or daylight saving.
// date-fns' parse/format are left out on purpose: they pull their locale machinery into the
// initial bundle for two fixed formats.
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { DAYS_PER_YEAR } from '../../../engine/dates';

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

/** The calendar date of `day` for a plan starting on `startDate`. */
export function dayToDate(startDate: string, day: number): string {
  const start = parseIsoDate(startDate);
  return start === undefined ? '' : formatIsoDate(addDays(start, day));
}

/** The day number of calendar date `iso` for a plan starting on `startDate`; undefined if either is not a date. */
export function dateToDay(startDate: string, iso: string): number | undefined {
  const start = parseIsoDate(startDate);
  const date = parseIsoDate(iso);
  if (start === undefined || date === undefined) return undefined;
  return differenceInCalendarDays(date, start);
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
  const start = parseIsoDate(startDate);
  if (start === undefined) return Math.round(amount * 30.4375);
  const installed = addDays(start, installDay);
  return differenceInCalendarDays(addMonths(installed, amount), installed);
}

/** "12 Mar 2027" for labels and chart ticks. */
export function shortDate(startDate: string, day: number): string {
  const start = parseIsoDate(startDate);
  if (start === undefined) return `day ${day}`;
  const d = addDays(start, day);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}
