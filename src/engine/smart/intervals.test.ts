import { describe, expect, it } from 'vitest';
import { ascendingMembership, dayUsageReaches, inAny, mergeIntervals } from './intervals';

describe('day intervals', () => {
  it('merges overlapping and touching intervals and drops empty ones', () => {
    expect(
      mergeIntervals([
        { from: 10, to: 20 },
        { from: 5, to: 12 },
        { from: 20, to: 25 },
        { from: 30, to: 30 },
        { from: 40, to: 41 },
      ]),
    ).toEqual([
      { from: 5, to: 25 },
      { from: 40, to: 41 },
    ]);
    expect(inAny([{ from: 5, to: 25 }], 25)).toBe(false);
    expect(inAny([{ from: 5, to: 25 }], 5)).toBe(true);
  });

  it.each([
    [[], 90],
    [[{ from: 10, to: 20 }], 100],
    [[{ from: 0, to: 30 }], 120],
    [[{ from: 95, to: 200 }], 90],
    [[{ from: 89, to: 100 }], 101],
    [
      [
        { from: 10, to: 20 },
        { from: 50, to: 60 },
      ],
      110,
    ],
  ])('90 days of use with power-off %j end on day %i', (off, day) => {
    expect(dayUsageReaches(0, 90, off)).toBe(day);
  });

  it('answers membership for ascending days in one pass', () => {
    const isIn = ascendingMembership([
      { from: 5, to: 10 },
      { from: 20, to: 30 },
    ]);
    expect([0, 5, 9, 10, 19, 20, 29, 30, 100].map(isIn)).toEqual([false, true, true, false, false, true, true, false, false]);
  });
});
