// 000 §"Stacking Time-Based Licenses": which keys are identical (and so stack).
import { describe, expect, it } from 'vitest';
import { areIdenticalKeys } from './key-identity';

describe('identical time-based keys', () => {
  it('same features and values, in any order, are identical; the duration does not matter', () => {
    const a = { features: { 'anyconnect-peers': 250, 'botnet-traffic-filter': true }, evaluation: false, days: 364 };
    const b = { features: { 'botnet-traffic-filter': true, 'anyconnect-peers': 250 }, evaluation: false, days: 30 };
    expect(areIdenticalKeys(a, b)).toBe(true);
  });

  it('1000 and 2500 sessions do not combine', () => {
    expect(areIdenticalKeys({ features: { 'anyconnect-peers': 1000 }, evaluation: false }, { features: { 'anyconnect-peers': 2500 }, evaluation: false })).toBe(false);
  });

  it('an evaluation key is not identical to a purchased one', () => {
    expect(areIdenticalKeys({ features: { 'botnet-traffic-filter': true }, evaluation: true }, { features: { 'botnet-traffic-filter': true }, evaluation: false })).toBe(false);
  });

  it('a key with one more feature, or a value of another type, is a different key', () => {
    const one = { features: { 'security-contexts': 5 }, evaluation: false };
    expect(areIdenticalKeys(one, { features: { 'security-contexts': 5, 'gtp-gprs': true }, evaluation: false })).toBe(false);
    expect(areIdenticalKeys({ features: { 'security-contexts': 5, 'gtp-gprs': true }, evaluation: false }, one)).toBe(false);
    expect(areIdenticalKeys(one, { features: { 'security-contexts': '5' }, evaluation: false })).toBe(false);
  });
});
