import { describe, expect, it } from 'vitest';
import { dateToDay, dayToDate, durationToDays, parseIsoDate } from './dates';

describe('day numbers and calendar dates', () => {
  it.each([
    ['2027-01-01', 0, '2027-01-01'],
    ['2027-01-01', 364, '2027-12-31'],
    ['2027-01-01', 365, '2028-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-28', 2, '2028-03-01'],
    ['2027-03-27', 2, '2027-03-29'],
  ])('from %s, day %i is %s and back', (start, day, date) => {
    expect(dayToDate(start, day)).toBe(date);
    expect(dateToDay(start, date)).toBe(day);
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect(parseIsoDate('2027-13-01')).toBeUndefined();
    expect(dateToDay('2027-01-01', 'soon')).toBeUndefined();
  });
});

describe('durationToDays', () => {
  it.each([
    [52, 'weeks', '2027-01-01', 0, 364],
    [10, 'days', '2027-01-01', 0, 10],
    [12, 'months', '2027-01-01', 0, 365],
    [12, 'months', '2028-01-01', 0, 366],
    [1, 'months', '2027-01-01', 31, 28],
    // Years are the engine's 365 days (sizing's termYears), even across a leap day.
    [1, 'years', '2027-01-01', 0, 365],
    [1, 'years', '2028-01-01', 0, 365],
    [3, 'years', '2027-01-01', 0, 1095],
  ] as const)('%i %s from %s + %i days is %i days', (amount, unit, start, install, days) => {
    expect(durationToDays(amount, unit, start, install)).toBe(days);
  });
});
