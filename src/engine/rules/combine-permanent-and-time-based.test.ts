// 000 §"How Permanent and Time-Based Licenses Combine" (Table 1) with the table's own numbers.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, standalone } from '../test-support/plan-builders';

const runningAt = (p: unknown, at = 0) => evaluatePlan(p, { at }).running;

describe('permanent + time-based combination', () => {
  it('AnyConnect Premium: permanent 1000 and time-based 2500 give 2500 (the higher)', () => {
    const p = standalone({ features: { 'anyconnect-peers': 1000 }, keys: [key('ac', { 'anyconnect-peers': 2500 }, 365)] });
    expect(runningAt(p)['anyconnect-peers']).toBe(2500);
    expect(runningAt(p, 365)['anyconnect-peers']).toBe(1000);
  });

  it('a weaker time-based key leaves the permanent value', () => {
    const p = standalone({ features: { 'anyconnect-peers': 2500 }, keys: [key('ac', { 'anyconnect-peers': 1000 }, 365)] });
    const r = evaluatePlan(p);
    expect(r.running['anyconnect-peers']).toBe(2500);
    expect(r.provenance.running['anyconnect-peers']?.source).toBe('permanent');
    expect(r.keys[0]).toMatchObject({ state: 'active', counting: true });
  });

  it('UC proxy sessions: permanent 2500 + time-based 1000 give 3500 while the key is active', () => {
    const p = standalone({ model: 'asa-5585-x-ssp-20', features: { 'uc-proxy-sessions': 3000 }, keys: [key('uc', { 'uc-proxy-sessions': 500 }, 90)] });
    expect(runningAt(p)['uc-proxy-sessions']).toBe(3500);
    expect(runningAt(p, 90)['uc-proxy-sessions']).toBe(3000);
  });

  it('UC proxy sessions are added only up to the platform limit', () => {
    const p = standalone({ model: 'asa-5545-x', features: { 'uc-proxy-sessions': 2000 }, keys: [key('uc', { 'uc-proxy-sessions': 1000 }, 90)] });
    const r = evaluatePlan(p);
    expect(r.running['uc-proxy-sessions']).toBe(2000);
    expect(r.provenance.running['uc-proxy-sessions']).toMatchObject({ uncapped: 3000, limit: 2000 });
  });

  it('security contexts: permanent 10 + time-based 20 give 30', () => {
    const p = standalone({ features: { 'security-contexts': 10 }, keys: [key('ctx', { 'security-contexts': 20 }, 180)] });
    expect(runningAt(p)['security-contexts']).toBe(30);
    expect(runningAt(p, 180)['security-contexts']).toBe(10);
  });

  it('security contexts are capped at the platform limit (5545-X: 50)', () => {
    const p = standalone({ features: { 'security-contexts': 50 }, keys: [key('ctx', { 'security-contexts': 20 }, 180)] });
    expect(runningAt(p)['security-contexts']).toBe(50);
  });

  it('Botnet Traffic Filter: only the time-based license exists', () => {
    const p = standalone({ model: 'asa-5525-x', features: { encryption: '3des-aes' }, keys: [key('btf', { 'botnet-traffic-filter': true }, 364)] });
    expect(runningAt(p)['botnet-traffic-filter']).toBe(true);
    expect(runningAt(p, 364)['botnet-traffic-filter']).toBe(false);
    const permanent = evaluatePlan(standalone({ model: 'asa-5525-x', features: { 'botnet-traffic-filter': true } }));
    expect(permanent.valid).toBe(false);
    expect(permanent.issues[0]?.message).toMatch(/no permanent Botnet Traffic Filter license/);
  });

  it('all others: enabled wins (GTP/GPRS time-based on a 5545-X)', () => {
    const p = standalone({ keys: [key('gtp', { 'gtp-gprs': true }, 30)] });
    expect(runningAt(p)['gtp-gprs']).toBe(true);
    expect(runningAt(p, 30)['gtp-gprs']).toBe(false);
  });

  it('all others: the higher value (time-based Strong Encryption over DES)', () => {
    const p = standalone({ keys: [key('enc', { encryption: '3des-aes' }, 30)] });
    expect(runningAt(p).encryption).toBe('3des-aes');
    expect(runningAt(p, 30).encryption).toBe('des');
  });
});
