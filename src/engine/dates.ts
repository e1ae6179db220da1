// The engine's one calendar module (issue 23 item 3): calendar dates of day numbers, months and
// anniversaries in days, and what a real calendar date is. Plain UTC arithmetic for days (a day is
// a day whatever the time zone); date-fns for months and years (month lengths, 31 January + 1 month
// = 28 February). The app's date display (src/app/ui/display/dates.ts) reads these.
import { addMonths, addYears, differenceInCalendarDays } from 'date-fns';

const MS_PER_DAY = 86_400_000;

/**
 * A year of a key's or subscription's term, in the plan's days: 365, the engine's one rule for
 * years (sizing's termYears, candidate-plan.ts). The format stores days (plan-format.md §"Days");
 * 000 §"Time-Based Licenses" sells keys "valid for 1 year".
 */
export const DAYS_PER_YEAR = 365;
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The calendar date (YYYY-MM-DD) of day `day` of a plan starting on `startDate`. */
export function dateOfDay(startDate: string, day: number): string {
  return new Date(utc(startDate) + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day index of a calendar date in a plan starting on `startDate` (may be negative). */
export function dayOfDate(startDate: string, date: string): number {
  return Math.round((utc(date) - utc(startDate)) / MS_PER_DAY);
}

/** A fast day → YYYY-MM-DD for one plan (thousands of events share one start): calendar arithmetic, no Date objects. */
export function dateFormatter(startDate: string): (day: number) => string {
  const base = Math.round(utc(startDate) / MS_PER_DAY);
  // Events come in day order, several a day: the last answer is usually the next one.
  let lastDay = NaN;
  let last = '';
  return (day) => {
    if (day !== lastDay) {
      lastDay = day;
      last = civilDate(base + day) ?? dateOfDay(startDate, day);
    }
    return last;
  };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** "-MM-DD" at index 32·month + day, so that a date costs one concatenation (events want thousands). */
const MONTH_DAY: readonly string[] = Array.from({ length: 13 * 32 }, (_, i) => `-${pad2(i >> 5)}-${pad2(i & 31)}`);

/**
 * YYYY-MM-DD of a day count since 1970-01-01 (H. Hinnant's civil_from_days), or null outside
 * years 0000–9999, where the caller falls back to Date.
 */
export function civilDate(epochDay: number): string | null {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (!Number.isFinite(y) || y < 0 || y > 9999) return null;
  return (y < 1000 ? String(y).padStart(4, '0') : String(y)) + MONTH_DAY[32 * m + d]!;
}

/** True when `iso` (already written YYYY-MM-DD) is a date the calendar has: not 2027-02-30. */
export function isRealCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

// Months and years, for many licenses at once: date-fns does the calendar, on a local-time Date of
// the start made once per start date (not re-parsed for every license).
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

const localDateAt = (startDate: string, day: number): Date => {
  const b = base(startDate);
  return new Date(b.getFullYear(), b.getMonth(), b.getDate() + day);
};

/** The day `months` calendar months after day `day`. */
export const dayAfterMonths = (startDate: string, day: number, months: number): number => differenceInCalendarDays(addMonths(localDateAt(startDate, day), months), base(startDate));

/** The day of the `year`-th anniversary of the start date (29 February → 28 February). */
export const anniversary = (startDate: string, year: number): number => differenceInCalendarDays(addYears(base(startDate), year), base(startDate));
