// Calendar arithmetic for the plan's day numbers (days counted from plan.startDate, day 0).
// Local calendar dates, so a day is a day whatever the time zone or daylight saving.
import { addDays, addMonths, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

const ISO = 'yyyy-MM-dd';

export function parseIsoDate(iso: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = parse(iso, ISO, new Date(2000, 0, 1));
  return isValid(d) && format(d, ISO) === iso ? d : undefined;
}

export const formatIsoDate = (d: Date): string => format(d, ISO);

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

export type DurationUnit = 'days' | 'weeks' | 'months';

/** A key's term in days: weeks are 7 days, months are calendar months counted from the install date. */
export function durationToDays(amount: number, unit: DurationUnit, startDate: string, installDay: number): number {
  if (unit === 'days') return amount;
  if (unit === 'weeks') return amount * 7;
  const start = parseIsoDate(startDate);
  if (start === undefined) return Math.round(amount * 30.4375);
  const installed = addDays(start, installDay);
  return differenceInCalendarDays(addMonths(installed, amount), installed);
}

/** "12 Mar 2027" for labels and chart ticks. */
export function shortDate(startDate: string, day: number): string {
  const start = parseIsoDate(startDate);
  return start === undefined ? `day ${day}` : format(addDays(start, day), 'd MMM yyyy');
}
