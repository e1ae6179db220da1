import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** The calendar date (YYYY-MM-DD) of day `day` of a plan starting on `startDate`. */
export function dateOfDay(startDate: string, day: number): string {
  return format(addDays(parseISO(startDate), day), 'yyyy-MM-dd');
}

/** The day index of a calendar date in a plan starting on `startDate` (may be negative). */
export function dayOfDate(startDate: string, date: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(startDate));
}

/** A fast day → YYYY-MM-DD for one plan (UTC calendar arithmetic; many events share one start). */
export function dateFormatter(startDate: string): (day: number) => string {
  const base = Date.parse(`${startDate}T00:00:00Z`);
  const cache = new Map<number, string>();
  return (day) => {
    let date = cache.get(day);
    if (date === undefined) cache.set(day, (date = new Date(base + day * 86_400_000).toISOString().slice(0, 10)));
    return date;
  };
}
