import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate, dateFormatter, dateOfDay, dayOfDate } from './dates';

describe('calendar dates of plan days', () => {
  it('crosses leap days as the calendar does', () => {
    const at = dateFormatter('2028-02-28');
    expect(at(0)).toBe('2028-02-28');
    expect(at(1)).toBe('2028-02-29');
    expect(at(2)).toBe('2028-03-01');
    expect(dateFormatter('2100-02-28')(1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(dateFormatter('2000-02-28')(1)).toBe('2000-02-29'); // 2000 is
    expect(dateFormatter('2027-01-04')(3650)).toBe('2037-01-01');
  });

  it('agrees with Date for any start and any day of a 100-year plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 2_896_000 }), fc.integer({ min: 0, max: 36_600 }), (startEpochDay, day) => {
        const start = new Date(startEpochDay * 86_400_000).toISOString().slice(0, 10);
        expect(dateFormatter(start)(day)).toBe(dateOfDay(start, day));
        expect(dayOfDate(start, dateFormatter(start)(day))).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves years past 9999 to Date', () => {
    expect(civilDate(2_932_896)).toBe('9999-12-31');
    expect(civilDate(2_932_897)).toBeNull();
    expect(dateFormatter('9999-12-31')(1)).toBe(dateOfDay('9999-12-31', 1));
  });
});
