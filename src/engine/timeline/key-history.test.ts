// A key's history as flat triples: what is recorded, what is skipped, and how a day is found.
import { describe, expect, it } from 'vitest';
import { ACTIVE, COUNTING, EXPIRED, INSTALLED, keyFlags, keyPointAt, recordKeyPoint, type KeyHistory } from './key-history';

const RUNNING = INSTALLED | ACTIVE | COUNTING;

describe('key history', () => {
  it('skips a point the running timer already projects, records one the timer does not explain', () => {
    const h: KeyHistory = [];
    recordKeyPoint(h, 10, 364, RUNNING);
    recordKeyPoint(h, 40, 334, RUNNING); // 30 days counted: nothing new
    expect(h).toEqual([10, 364, RUNNING]);
    recordKeyPoint(h, 40, 698, RUNNING); // an identical 364-day key stacked: 334 + 364
    expect(h).toEqual([10, 364, RUNNING, 40, 698, RUNNING]);
  });

  it('records a change of state even when the days left are the same', () => {
    const h: KeyHistory = [];
    recordKeyPoint(h, 0, 90, RUNNING);
    recordKeyPoint(h, 30, 60, INSTALLED | ACTIVE); // powered off on 9.x: the timer halts
    recordKeyPoint(h, 33, 60, INSTALLED | ACTIVE); // still halted: nothing new
    recordKeyPoint(h, 33, 60, RUNNING);
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

  it('packs the four flags of a key', () => {
    expect(keyFlags({ installed: true, active: false, expired: true, counting: false })).toBe(INSTALLED | EXPIRED);
    expect(keyFlags({ installed: true, active: true, expired: false, counting: true })).toBe(RUNNING);
  });
});
