import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** The calendar date (YYYY-MM-DD) of day `day` of a plan starting on `startDate`. */
export function dateOfDay(startDate: string, day: number): string {
  return format(addDays(parseISO(startDate), day), 'yyyy-MM-dd');
}

/** The day index of a calendar date in a plan starting on `startDate` (may be negative). */
export function dayOfDate(startDate: string, date: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(startDate));
}
