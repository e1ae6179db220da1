// A key's history as flat triples: what is recorded, what is skipped, and how a day is found.
import { describe, expect, it } from 'vitest';
import { ACTIVE, COUNTING, EXPIRED, INSTALLED, createKeyHistories, keyFlags, keyPointAt, type KeyHistory } from './key-history';

/** The history of one key recorded alone: the points given, as plain numbers. */
function historyOf(points: [day: number, remaining: number, flags: number][]): number[] {
  const histories = createKeyHistories(1);
  for (const [day, remaining, flags] of points) histories.record(0, day, remaining, flags);
  return Array.from(histories.finish()[0]!);
}

const RUNNING = INSTALLED | ACTIVE | COUNTING;

describe('key history', () => {
  it('skips a point the running timer already projects, records one the timer does not explain', () => {
    expect(
      historyOf([
        [10, 364, RUNNING],
        [40, 334, RUNNING],
      ]),
    ).toEqual([10, 364, RUNNING]); // 30 days counted: nothing new
    // an identical 364-day key stacked: 334 + 364
    expect(
      historyOf([
        [10, 364, RUNNING],
        [40, 334, RUNNING],
        [40, 698, RUNNING],
      ]),
    ).toEqual([10, 364, RUNNING, 40, 698, RUNNING]);
  });

  it('records a change of state even when the days left are the same', () => {
    const h = historyOf([
      [0, 90, RUNNING],
      [30, 60, INSTALLED | ACTIVE], // powered off on 9.x: the timer halts
      [33, 60, INSTALLED | ACTIVE], // still halted: nothing new
      [33, 60, RUNNING],
    ]);
    expect(h).toEqual([0, 90, RUNNING, 30, 60, INSTALLED | ACTIVE, 33, 60, RUNNING]);
  });

  it('finds the last point on or before a day, and none before the first', () => {
    const h: KeyHistory = [5, 100, RUNNING, 50, 55, RUNNING | EXPIRED, 80, 0, INSTALLED | EXPIRED];
    expect(keyPointAt(h, 4)).toBe(-1);
    expect(keyPointAt(h, 5)).toBe(0);
    expect(keyPointAt(h, 49)).toBe(0);
    expect(keyPointAt(h, 50)).toBe(3);
    expect(keyPointAt(h, 79)).toBe(3);
    expect(keyPointAt(h, 80)).toBe(6);
    expect(keyPointAt(h, 36_500)).toBe(6);
    expect(keyPointAt([], 0)).toBe(-1);
  });

  it('keeps the points of keys recorded side by side apart, each in day order', () => {
    const histories = createKeyHistories(3);
    histories.record(1, 0, 30, RUNNING);
    histories.record(0, 5, 90, INSTALLED);
    histories.record(1, 10, 20, RUNNING); // projected: skipped
    histories.record(1, 12, 0, INSTALLED | EXPIRED);
    histories.record(0, 12, 90, RUNNING);
    const [a, b, c] = histories.finish();
    expect(Array.from(a!)).toEqual([5, 90, INSTALLED, 12, 90, RUNNING]);
    expect(Array.from(b!)).toEqual([0, 30, RUNNING, 12, 0, INSTALLED | EXPIRED]);
    expect(Array.from(c!)).toEqual([]);
  });

  it('records more points than the shared buffer first holds', () => {
    const histories = createKeyHistories(2);
    for (let day = 0; day < 3000; day++) {
      histories.record(0, day, day, INSTALLED);
      histories.record(1, day, 5000 - day, INSTALLED);
    }
    const [a, b] = histories.finish();
    expect(a!.length).toBe(9000);
    expect([a![8997], a![8998], b![8997], b![8998]]).toEqual([2999, 2999, 2999, 2001]);
  });

  it('packs the four flags of a key', () => {
    expect(keyFlags({ installed: true, active: false, expired: true, counting: false })).toBe(INSTALLED | EXPIRED);
    expect(keyFlags({ installed: true, active: true, expired: false, counting: true })).toBe(RUNNING);
  });
});
