import { describe, expect, it } from 'vitest';
import { calendarTicks, rangeTicks, roundTicks } from './axis-ticks';
import { maxTicksFor, timeAxis } from './time-axis';

describe('calendar ticks', () => {
  it('a 380-day plan from 1 January 2027: quarters, on the first of Jan, Apr, Jul, Oct', () => {
    expect(calendarTicks('2027-01-01', 380)).toEqual([
      { day: 0, label: 'Jan 2027' },
      { day: 90, label: 'Apr 2027' },
      { day: 181, label: 'Jul 2027' },
      { day: 273, label: 'Oct 2027' },
      { day: 365, label: 'Jan 2028' },
    ]);
  });

  it('a plan starting mid-month begins at the next boundary, never on the start day itself', () => {
    const ticks = calendarTicks('2027-03-15', 200);
    expect(ticks[0]).toEqual({ day: 17, label: 'Apr 2027' });
    expect(ticks.map((t) => t.label)).toEqual(['Apr 2027', 'May 2027', 'Jun 2027', 'Jul 2027', 'Aug 2027', 'Sep 2027', 'Oct 2027']);
    expect(ticks.at(-1)).toEqual({ day: 200, label: 'Oct 2027' });
  });

  it('short plans get months, long ones years, never more ticks than asked', () => {
    expect(calendarTicks('2027-01-01', 120).map((t) => t.label)).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027']);
    const tenYears = calendarTicks('2027-01-01', 3653);
    expect(tenYears.map((t) => t.label)).toEqual(['2028', '2030', '2032', '2034', '2036']); // two-year steps fall on even years
    expect(tenYears[1]).toEqual({ day: 1096, label: '2030' }); // 2028 is a leap year: 365 + 366 + 365
    for (const horizon of [1, 30, 365, 1096, 3653, 36_600]) {
      const ticks = calendarTicks('2026-07-09', horizon, 8);
      expect(ticks.length).toBeLessThanOrEqual(8);
      for (const t of ticks) expect(t.day).toBeGreaterThanOrEqual(0);
      for (const t of ticks) expect(t.day).toBeLessThanOrEqual(horizon);
    }
  });

  it('three years from 1 January 2027: half-years; five and a half years from mid-March 2027: years', () => {
    expect(calendarTicks('2027-01-01', 1095).map((t) => t.day)).toEqual([0, 181, 365, 547, 731, 912]);
    expect(calendarTicks('2027-03-15', 2000).map((t) => t.label)).toEqual(['2028', '2029', '2030', '2031', '2032']);
    expect(calendarTicks('2027-03-15', 2000)[0]!.day).toBe(292);
  });

  it('a date that is not a calendar date gives no ticks', () => {
    expect(calendarTicks('2027-02-30', 365)).toEqual([]);
  });
});

describe('round ticks', () => {
  it('steps of 1, 2 or 5 times a power of ten from zero past the maximum', () => {
    expect(roundTicks(380)).toEqual([0, 100, 200, 300, 400]);
    expect(roundTicks(365)).toEqual([0, 100, 200, 300, 400]);
    expect(roundTicks(730)).toEqual([0, 200, 400, 600, 800]);
    expect(roundTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(roundTicks(2500)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(roundTicks(2501)).toEqual([0, 1000, 2000, 3000]);
    expect(roundTicks(0)).toEqual([0, 1]);
  });
});

describe('ticks of a zoomed window', () => {
  it('six months from day 365 of a plan starting 1 January 2027: the first of each month of 2028, as plan days', () => {
    const ticks = rangeTicks('2027-01-01', 365, 547);
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2028', 'Feb 2028', 'Mar 2028', 'Apr 2028', 'May 2028', 'Jun 2028', 'Jul 2028']);
    expect(ticks.map((t) => t.day)).toEqual([365, 396, 425, 456, 486, 517, 547]); // 2028 is a leap year: February has 29 days
  });
  it('a window from day 0 is the whole-plan rule', () => {
    expect(rangeTicks('2027-01-01', 0, 380)).toEqual(calendarTicks('2027-01-01', 380));
  });
});

describe('ticks for the room the plot has', () => {
  it('8 before the plot is measured and on a desktop chart; whole years on a phone', () => {
    expect(maxTicksFor(undefined)).toBe(8);
    expect(maxTicksFor(700)).toBe(8);
    expect(maxTicksFor(270)).toBe(3);
    expect(maxTicksFor(40)).toBe(2);
    // A 3-year plan from 1 Jan 2027: half-years on a desktop, years at 270 px.
    expect(timeAxis('2027-01-01', 1095, undefined, maxTicksFor(700)).ticks).toHaveLength(6);
    const phone = timeAxis('2027-01-01', 1095, undefined, maxTicksFor(270));
    expect(phone.ticks.map(phone.tickFormatter)).toEqual(['2027', '2028', '2029']);
  });
});
