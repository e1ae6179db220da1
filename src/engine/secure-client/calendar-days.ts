// Day arithmetic on the plan's calendar, for many licenses at once: date-fns addMonths/addYears do the
// calendar (month lengths, 31 January + 1 month = 28 February), without re-parsing the start date
// and re-formatting through date-fns for every license. Same results as dates.ts.
import { addMonths, addYears, differenceInCalendarDays } from 'date-fns';

const bases = new Map<string, Date>();

function base(startDate: string): Date {
  let d = bases.get(startDate);
  if (!d) {
    const [y = 1970, m = 1, day = 1] = startDate.split('-').map(Number);
    d = new Date(y, m - 1, day);
    if (bases.size > 64) bases.clear();
    bases.set(startDate, d);
  }
  return d;
}

const dateAt = (startDate: string, day: number): Date => {
  const b = base(startDate);
  return new Date(b.getFullYear(), b.getMonth(), b.getDate() + day);
};

/** The day `months` calendar months after day `day`. */
export const dayAfterMonths = (startDate: string, day: number, months: number): number => differenceInCalendarDays(addMonths(dateAt(startDate, day), months), base(startDate));

/** The day of the `year`-th anniversary of the start date (29 February → 28 February). */
export const anniversary = (startDate: string, year: number): number => differenceInCalendarDays(addYears(base(startDate), year), base(startDate));

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The calendar date (YYYY-MM-DD) of a day. */
export function isoDate(startDate: string, day: number): string {
  const d = dateAt(startDate, day);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}
