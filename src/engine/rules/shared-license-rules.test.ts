// 000 §"Failover and Shared License Servers" and the note of 000 §"Licenses FAQ".
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan, standalone } from '../test-support/plan-builders';

const W = 7;
const issue = (p: unknown, code: string) => evaluatePlan(p).issues.find((i) => i.code === code);

describe('shared AnyConnect Premium: single context mode only, so no Active/Active', () => {
  const pair = (shared: string | false, contextMode: 'single' | 'multiple', failover: 'active-standby' | 'active-active') =>
    plan({ contextMode, failover, units: ['a', 'b'].map((id) => pakUnit({ id, features: id === 'a' && shared ? { 'shared-license': shared } : {} })) });

  it('a shared licensing server in multiple context mode: an error on deployment.contextMode', () => {
    expect(issue(pair('server', 'multiple', 'active-standby'), 'shared-license-multiple-context')).toMatchObject({ severity: 'error', path: 'deployment.contextMode', unit: 'a' });
    expect(issue(pair('server', 'single', 'active-standby'), 'shared-license-multiple-context')).toBeUndefined();
  });

  it('a participant in an Active/Active pair: an error on deployment.failover; Active/Standby is fine', () => {
    expect(issue(pair('participant', 'multiple', 'active-active'), 'shared-license-active-active')).toMatchObject({ severity: 'error', path: 'deployment.failover' });
    expect(issue(pair('participant', 'single', 'active-standby'), 'shared-license-active-active')).toBeUndefined();
    expect(issue(pair(false, 'multiple', 'active-active'), 'shared-license-active-active')).toBeUndefined();
  });

  it('the detailed shared-licensing network: a server pair running Active/Active is refused too', () => {
    const shared = { pool: 500, server: { primary: 'a', standby: 'b' }, participants: [{ id: 'branch', platformLimit: 250, localSessions: 0, demand: [{ day: 0, sessions: 100 }] }] };
    const p = { ...pair(false, 'multiple', 'active-active'), secureClient: { shared } };
    expect(issue(p, 'shared-license-active-active')).toMatchObject({ severity: 'error', path: 'secureClient.shared' });
    const standby = { ...pair(false, 'single', 'active-standby'), secureClient: { shared } };
    expect(issue(standby, 'shared-license-active-active')).toBeUndefined();
  });
});

describe('on the shared licensing server the permanent AnyConnect Premium license is not used', () => {
  it('a 2500-peer permanent license on the server adds nothing to its peers (0, the table value), with a warning', () => {
    const server = standalone({ features: { 'shared-license': 'server', 'anyconnect-peers': 2500 } });
    const r = evaluatePlan(server);
    expect(r.running['anyconnect-peers']).toBe(0);
    expect(r.issues.find((i) => i.code === 'shared-server-permanent-premium-unused')).toMatchObject({
      severity: 'warning',
      path: 'deployment.units[0].permanent.features.anyconnect-peers',
      feature: 'anyconnect-peers',
    });
    // A participant keeps its permanent license.
    const participant = evaluatePlan(standalone({ features: { 'shared-license': 'participant', 'anyconnect-peers': 2500 } }));
    expect(participant.running['anyconnect-peers']).toBe(2500);
    expect(participant.issues.some((i) => i.code === 'shared-server-permanent-premium-unused')).toBe(false);
  });

  it('a time-based 1000-session key on the server still serves its local sessions', () => {
    const p = standalone({ features: { 'shared-license': 'server', 'anyconnect-peers': 2500 }, keys: [key('ac', { 'anyconnect-peers': 1000 }, 8 * W)] });
    expect(evaluatePlan(p, { at: 7 }).running['anyconnect-peers']).toBe(1000);
    expect(evaluatePlan(p, { at: 8 * W }).running['anyconnect-peers']).toBe(0);
  });
});
