// The calendar module's months and years (dates.ts) agree with date-fns addMonths/addYears on every calendar.
import { addMonths, addYears, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anniversary, dateOfDay, dayAfterMonths, dayOfDate, isRealCalendarDate } from './dates';

const startDates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar days', () => {
  it('a real calendar date is one the calendar has', () => {
    expect(isRealCalendarDate('2028-02-29')).toBe(true);
    expect(isRealCalendarDate('2027-02-29')).toBe(false);
    expect(isRealCalendarDate('2027-13-01')).toBe(false);
    fc.assert(fc.property(startDates, fc.integer({ min: 0, max: 36_600 }), (start, day) => isRealCalendarDate(dateOfDay(start, day))));
  });

  it('dayAfterMonths = date-fns addMonths on the ISO date', () => {
    fc.assert(
      fc.property(startDates, fc.integer({ min: -500, max: 36_600 }), fc.integer({ min: 0, max: 120 }), (start, day, months) => {
        const expected = dayOfDate(start, format(addMonths(parseISO(dateOfDay(start, day)), months), 'yyyy-MM-dd'));
        return dayAfterMonths(start, day, months) === expected;
      }),
    );
  });

  it.each([
    ['2027-01-01', 1, 365],
    ['2028-02-29', 1, 365], // 29 February 2028 + 1 year = 28 February 2029
    ['2027-03-01', 2, 731], // across 29 February 2028
  ])('anniversary of %s, year %i: day %i', (start, year, day) => {
    expect(anniversary(start, year)).toBe(day);
    expect(anniversary(start, year)).toBe(dayOfDate(start, format(addYears(parseISO(start), year), 'yyyy-MM-dd')));
  });
});
