// Calendar dates of day numbers. Plain UTC arithmetic: a day is a day whatever the time zone.

const MS_PER_DAY = 86_400_000;
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The calendar date (YYYY-MM-DD) of day `day` of a plan starting on `startDate`. */
export function dateOfDay(startDate: string, day: number): string {
  return new Date(utc(startDate) + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day index of a calendar date in a plan starting on `startDate` (may be negative). */
export function dayOfDate(startDate: string, date: string): number {
  return Math.round((utc(date) - utc(startDate)) / MS_PER_DAY);
}

/** A fast day → YYYY-MM-DD for one plan (many events share one start). */
export function dateFormatter(startDate: string): (day: number) => string {
  const base = utc(startDate);
  const cache = new Map<number, string>();
  return (day) => {
    let date = cache.get(day);
    if (date === undefined) cache.set(day, (date = new Date(base + day * MS_PER_DAY).toISOString().slice(0, 10)));
    return date;
  };
}
