// 000 §"Stacking Time-Based Licenses": what stacking does, with the document's numbers.
import { describe, expect, it } from 'vitest';
import { featureMask } from './feature-mask';
import { stackedWords, stackOnto, stackTarget } from './stacking';

const W = 7;
const key = (id: string, features: Record<string, number | boolean>, days: number, remaining = days) => ({
  id,
  features,
  evaluation: false,
  days,
  featureMask: featureMask(Object.keys(features)),
  remaining,
  stacked: [] as string[],
  mergedInto: null as string | null,
});

describe('stacking time-based keys', () => {
  it('52-week Botnet key with 27 weeks left + another 52-week key = 79 weeks, reported under the first', () => {
    const first = key('b1', { 'botnet-traffic-filter': true }, 52 * W, 27 * W);
    const second = key('b2', { 'botnet-traffic-filter': true }, 52 * W);
    expect(stackTarget([first], second)).toBe(first);
    stackOnto(first, second);
    expect(first.remaining).toBe(79 * W);
    expect(first.stacked).toEqual(['b2']);
    expect(second.mergedInto).toBe('b1');
    expect(stackedWords(second, first)).toBe(`Identical key "b2" stacks onto "b1": ${52 * W} days added, ${79 * W} days left`);
  });

  it('8-week 1000-session keys: 6 weeks left + 8 = 14 weeks; a third stacks onto the same key', () => {
    const ac = { 'anyconnect-peers': 1000 };
    const first = key('a1', ac, 8 * W, 6 * W);
    stackOnto(first, key('a2', ac, 8 * W));
    expect(first.remaining).toBe(14 * W);
    stackOnto(first, key('a3', ac, 8 * W));
    expect(first.remaining).toBe(22 * W);
    expect(first.stacked).toEqual(['a2', 'a3']);
  });

  it('a 1000-session key does not stack onto a 2500-session key; the first identical installed key is the target', () => {
    const k2500 = key('k2500', { 'anyconnect-peers': 2500 }, 8 * W);
    const k1000 = key('k1000', { 'anyconnect-peers': 1000 }, 8 * W);
    const again = key('k1000b', { 'anyconnect-peers': 1000 }, 8 * W);
    expect(stackTarget([k2500], k1000)).toBeUndefined();
    expect(stackTarget([k2500, k1000, again], key('new', { 'anyconnect-peers': 1000 }, 8 * W))).toBe(k1000);
  });
});
