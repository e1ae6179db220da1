// The time-based key rules of 000 (and 004 for 8.x), with the documents' own numbers.
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analyze-plan';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan, standalone } from '../test-support/plan-builders';

const W = 7;
const keyAt = (p: unknown, at: number, id: string) => evaluatePlan(p, { at }).keys.find((k) => k.key === id);
const btf = { 'botnet-traffic-filter': true };
const enc = { encryption: '3des-aes' };

describe('stacking (000 §"Stacking Time-Based Licenses")', () => {
  it('52-week Botnet keys: 27 weeks left + 52 = 79 weeks, reported under the first key', () => {
    const p = standalone({ model: 'asa-5525-x', features: enc, keys: [key('b1', btf, 52 * W), key('b2', btf, 52 * W, { installDay: 25 * W })] });
    expect(keyAt(p, 25 * W, 'b1')).toMatchObject({ state: 'active', remainingDays: 79 * W, stacked: ['b2'] });
    expect(keyAt(p, 25 * W, 'b2')).toMatchObject({ mergedInto: 'b1', remainingDays: 79 * W });
    expect(keyAt(p, 25 * W + 79 * W - 1, 'b1')?.remainingDays).toBe(1);
    expect(keyAt(p, 104 * W, 'b1')).toMatchObject({ state: 'expired', remainingDays: 0 });
  });

  it('8-week 1000-session AnyConnect keys: 6 weeks left + 8 = 14 weeks', () => {
    const ac = { 'anyconnect-peers': 1000 };
    const p = standalone({ keys: [key('a1', ac, 8 * W), key('a2', ac, 8 * W, { installDay: 2 * W })] });
    expect(keyAt(p, 2 * W, 'a1')?.remainingDays).toBe(14 * W);
    expect(evaluatePlan(p, { at: 16 * W }).running['anyconnect-peers']).toBe(0);
  });

  it('non-identical keys (1000 vs 2500 sessions) do not combine: only one is active', () => {
    const p = standalone({ keys: [key('k1000', { 'anyconnect-peers': 1000 }, 8 * W), key('k2500', { 'anyconnect-peers': 2500 }, 8 * W, { installDay: 7 })] });
    const r = evaluatePlan(p, { at: 7 });
    expect(r.keys.map((k) => [k.key, k.state, k.remainingDays])).toEqual([
      ['k1000', 'inactive', 8 * W - 7],
      ['k2500', 'active', 8 * W],
    ]);
    expect(r.running['anyconnect-peers']).toBe(2500);
    expect(r.timeline.events.some((e) => e.type === 'replaced' && e.key === 'k1000')).toBe(true);
  });
});

describe('expiration (000 §"Time-Based License Expiration")', () => {
  it('2500-session key expires, the installed 1000-session key activates, then the 500-session permanent key is used', () => {
    const p = standalone({ features: { ...enc, 'anyconnect-peers': 500 }, keys: [key('k2500', { 'anyconnect-peers': 2500 }, 28), key('k1000', { 'anyconnect-peers': 1000 }, 28, { active: false })] });
    expect(evaluatePlan(p, { at: 27 }).running['anyconnect-peers']).toBe(2500);
    expect(evaluatePlan(p, { at: 28 }).running['anyconnect-peers']).toBe(1000);
    expect(keyAt(p, 28, 'k1000')).toMatchObject({ state: 'active', remainingDays: 28 });
    expect(evaluatePlan(p, { at: 56 }).running['anyconnect-peers']).toBe(500);
    const events = evaluatePlan(p).timeline.events.map((e) => `${e.day} ${e.type} ${e.key ?? ''}`);
    expect(events).toContain('28 auto-activated k1000');
    expect(events).toContain('56 fallback-to-permanent k1000');
    expect(evaluatePlan(p).timeline.events.find((e) => e.type === 'auto-activated')?.message).toMatch(/not user-configurable/);
  });
});

describe('the timer (000 §"How the Time-Based License Timer Works"; 004)', () => {
  it('a deactivated key halts until it is activated again', () => {
    const p = standalone({ model: 'asa-5525-x', features: enc, keys: [key('btf', btf, 100)] }, [
      { day: 30, type: 'deactivate', unit: 'fw', key: 'btf' },
      { day: 60, type: 'activate', unit: 'fw', key: 'btf' },
    ]);
    expect(keyAt(p, 45, 'btf')).toMatchObject({ state: 'inactive', remainingDays: 70 });
    expect(keyAt(p, 129, 'btf')).toMatchObject({ state: 'active', remainingDays: 1 });
    expect(keyAt(p, 130, 'btf')?.state).toBe('expired');
  });

  it('9.x: a powered-off ASA does not count down (14 days off add 14 days)', () => {
    const p = standalone({ model: 'asa-5525-x', software: '9.16', features: enc, keys: [key('btf', btf, 100)] }, [{ day: 20, type: 'power-off', unit: 'fw', days: 14 }]);
    expect(keyAt(p, 34, 'btf')?.remainingDays).toBe(80);
    expect(evaluatePlan(p, { at: 113 }).running['botnet-traffic-filter']).toBe(true);
    expect(evaluatePlan(p, { at: 114 }).running['botnet-traffic-filter']).toBe(false);
  });

  it('8.x: the timer keeps counting while the ASA is shut down (004)', () => {
    const p = standalone({ model: 'asa-5525-x', software: '8.4(7)', features: enc, keys: [key('btf', btf, 100)] }, [{ day: 20, type: 'power-off', unit: 'fw', days: 14 }]);
    expect(keyAt(p, 34, 'btf')?.remainingDays).toBe(66);
    expect(evaluatePlan(p, { at: 100 }).running['botnet-traffic-filter']).toBe(false);
    expect(evaluatePlan(p).timeline.events.find((e) => e.type === 'power-off')?.cite).toMatch(/^004/);
  });

  it('an active key keeps counting even when the permanent value is used', () => {
    const p = standalone({ features: { 'anyconnect-peers': 2500 }, keys: [key('ac', { 'anyconnect-peers': 1000 }, 50)] });
    expect(keyAt(p, 20, 'ac')?.remainingDays).toBe(30);
  });
});

describe('activation (000 §"Time-Based License Activation Guidelines")', () => {
  it('an active multi-feature evaluation key blocks activating another key for one of its features', () => {
    const p = standalone({ model: 'asa-5555-x', features: enc, keys: [key('eval', { ...btf, 'anyconnect-peers': 1000 }, 60, { evaluation: true }), key('ac', { 'anyconnect-peers': 2500 }, 365)] });
    const r = evaluatePlan(p);
    expect(r.valid).toBe(false);
    expect(r.issues.find((i) => i.code === 'evaluation-key-blocks-activation')).toMatchObject({ path: 'deployment.units[0].timeBased[1]', key: 'ac' });
    expect(r.running['anyconnect-peers']).toBe(1000);
    expect(keyAt(p, 60, 'ac')).toMatchObject({ state: 'active', remainingDays: 365 });
  });

  it('the last key activated for a feature is the active one', () => {
    const p = standalone({ keys: [key('k1', { 'anyconnect-peers': 1000 }, 100), key('k2', { 'anyconnect-peers': 2500 }, 100, { active: false })] }, [
      { day: 10, type: 'activate', unit: 'fw', key: 'k2' },
    ]);
    expect(evaluatePlan(p, { at: 10 }).keys.map((k) => k.state)).toEqual(['inactive', 'active']);
  });

  it('the ASA 5506-X takes no time-based keys', () => {
    const p = standalone({ model: 'asa-5506-x', tier: 'security-plus', keys: [key('ac', { 'anyconnect-peers': 50 }, 365)] });
    const r = evaluatePlan(p);
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'no-time-based-keys', path: 'deployment.units[0].timeBased[0]' });
  });
});

describe('loss of communication (000 §"Loss of Communication Between Failover or ASA Cluster Units")', () => {
  const pair = (linkDays: number) =>
    plan({
      units: ['a', 'b'].map((id) => pakUnit({ id, features: enc, keys: [key(`btf-${id}`, btf, 52 * W)] })),
      events: [{ day: 10 * W, type: 'link-down', days: linkDays }],
    });

  it('restored within 30 days: 4 weeks come off the primary only (38 + 52 = 90 weeks)', () => {
    const r = evaluatePlan(pair(4 * W), { at: 14 * W });
    expect(r.keys.map((k) => k.remainingDays)).toEqual([38 * W, 52 * W]);
  });

  it('restored after 30 days: 6 weeks come off both (36 + 46 = 84 weeks); revert and 30-day mark on the timeline', () => {
    const p = pair(6 * W);
    expect(evaluatePlan(p, { at: 16 * W }).keys.map((k) => k.remainingDays)).toEqual([36 * W, 46 * W]);
    const types = evaluatePlan(p)
      .timeline.events.filter((e) => e.type.startsWith('link'))
      .map((e) => `${e.day} ${e.type}`);
    expect(types).toEqual([`${10 * W} link-down`, `${10 * W + 30} link-down-grace-ended`, `${16 * W} link-restored`]);
  });
});

describe('event-driven timeline', () => {
  it('produces stretches of constant license, not a day-by-day list, whatever the horizon', () => {
    const p = standalone({ model: 'asa-5525-x', features: enc, keys: [key('b1', btf, 364), key('b2', btf, 364, { installDay: 175 })] });
    const a = analyzePlan(p);
    expect(a.combined.map((s) => [s.from, s.to])).toEqual([
      [0, 728],
      [728, null],
    ]);
    const far = analyzePlan({ ...p, horizonDays: 36_500 });
    expect(far.combined).toHaveLength(2);
  });
});

describe('permanent keys (000 §"Permanent License"; §"Activate or Deactivate Keys")', () => {
  it('a new permanent key replaces the installed one from its day; time-based keys are not affected', () => {
    const p = standalone({ model: 'asa-5512-x', keys: [key('ac', { 'anyconnect-peers': 250 }, 100)] }, [
      { day: 30, type: 'permanent-key', unit: 'fw', tier: 'security-plus', features: { 'security-contexts': 5 } },
    ]);
    expect(evaluatePlan(p, { at: 29 }).running).toMatchObject({ 'security-contexts': 'unsupported', vlans: 50 });
    expect(evaluatePlan(p, { at: 30 }).running).toMatchObject({ 'security-contexts': 5, vlans: 100, 'anyconnect-peers': 250 });
    expect(keyAt(p, 30, 'ac')?.remainingDays).toBe(70);
    expect(evaluatePlan(p).valid).toBe(true);
  });

  it('the new key is checked against its tier', () => {
    const p = standalone({ model: 'asa-5512-x' }, [{ day: 30, type: 'permanent-key', unit: 'fw', tier: 'base', features: { 'security-contexts': 5 } }]);
    expect(evaluatePlan(p).issues[0]?.path).toBe('events[0].features.security-contexts');
  });
});
