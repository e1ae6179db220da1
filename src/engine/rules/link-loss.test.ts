// 000 §"Loss of Communication Between Failover or ASA Cluster Units", with the document's example:
// two units with 52-week Botnet keys, 10 weeks as a pair (42 weeks on the primary, 52 on the secondary).
import { describe, expect, it } from 'vitest';
import { graceEndDay, LINK_GRACE_DAYS, linkRestoredWords, numericKeyCounts, remainingAfterGrace, revertedToOwnLicense } from './link-loss';

const W = 7;

describe('loss of communication', () => {
  it('the grace is 30 days: restored after 4 weeks, it never ends; down 6 weeks, it ends 30 days in', () => {
    expect(LINK_GRACE_DAYS).toBe(30);
    expect(graceEndDay(10 * W, 4 * W)).toBeNull();
    expect(graceEndDay(10 * W, 30)).toBeNull();
    expect(graceEndDay(10 * W, 31)).toBe(10 * W + 30);
    expect(graceEndDay(10 * W, 6 * W)).toBe(10 * W + 30);
  });

  it('not restored within the grace: the 6 weeks (grace included) come off the secondary too: 52 → 46 weeks', () => {
    expect(remainingAfterGrace(52 * W, 6 * W)).toBe(46 * W);
    expect(remainingAfterGrace(3, 30)).toBe(0);
  });

  it('within the grace the combined license runs; past it each unit runs on its own', () => {
    expect(revertedToOwnLicense(null)).toBe(false);
    expect(revertedToOwnLicense({ start: 70, reverted: false })).toBe(false);
    expect(revertedToOwnLicense({ start: 70, reverted: true })).toBe(true);
    expect(linkRestoredWords(false)).toMatch(/within the 30-day grace/);
  });

  it('within the grace numeric keys count on the primary/control unit only', () => {
    expect(numericKeyCounts({ start: 0, reverted: false }, true)).toBe(true);
    expect(numericKeyCounts({ start: 0, reverted: false }, false)).toBe(false);
    expect(numericKeyCounts(null, false)).toBe(true);
  });
});
