// 000 §"Failover License Requirements and Exceptions", §"ASA Cluster License Requirements and
// Exceptions": the requirements hold every day, not only on day 0.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan } from '../test-support/plan-builders';

const broken = (p: unknown) => evaluatePlan(p).issues.filter((i) => i.code === 'requirement-broken');

describe('failover and cluster requirements over time', () => {
  it('a permanent key that takes a 5512-X back to Base breaks the pair on its day', () => {
    const units = [pakUnit({ id: 'a', model: 'asa-5512-x', tier: 'security-plus' }), pakUnit({ id: 'b', model: 'asa-5512-x', tier: 'security-plus' })];
    const p = plan({ units, events: [{ day: 100, type: 'permanent-key', unit: 'b', tier: 'base', features: {} }] });
    const issues = broken(p);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', day: 100, unit: 'b', feature: 'failover', cite: '000 §"Failover License Requirements and Exceptions"' });
    expect(issues[0]!.message).toContain('Security Plus');
    expect(evaluatePlan(p, { at: 99 }).deploymentBroken).toBeUndefined();
    const at100 = evaluatePlan(p, { at: 100 });
    expect(at100.valid).toBe(false);
    expect(at100.deploymentBroken).toMatchObject({ from: 100 });
    expect(at100.provenance.running['firewall-conns']?.rule).toContain('broken from day 100');
    expect(at100.timeline.events.some((e) => e.type === 'requirement-broken' && e.day === 100)).toBe(true);
  });

  it('the expiry of a Strong Encryption key on one unit breaks "the same encryption license" the day it expires', () => {
    const units = [pakUnit({ id: 'a', features: { encryption: '3des-aes' } }), pakUnit({ id: 'b', keys: [key('enc', { encryption: '3des-aes' }, 90)] })];
    const issues = broken(plan({ units }));
    expect(issues.map((i) => [i.day, i.unit, i.feature])).toEqual([[90, 'b', 'encryption']]);
  });

  it('deactivating an IPS module key on one unit of a 5525-X pair breaks the IPS requirement from that day; activating it again restores the pair', () => {
    const units = [pakUnit({ id: 'a', model: 'asa-5525-x', features: { 'ips-module': true } }), pakUnit({ id: 'b', model: 'asa-5525-x', keys: [key('ips', { 'ips-module': true }, 365)] })];
    const p = plan({
      units,
      events: [
        { day: 30, type: 'deactivate', unit: 'b', key: 'ips' },
        { day: 45, type: 'activate', unit: 'b', key: 'ips' },
      ],
    });
    // …and breaks it again when the key expires: 365 days of counting, paused from day 30 to 45 (000 §"How the Time-Based License Timer Works").
    expect(broken(p).map((i) => [i.day, i.feature])).toEqual([
      [30, 'ips-module'],
      [380, 'ips-module'],
    ]);
    expect(evaluatePlan(p, { at: 44 }).deploymentBroken).toMatchObject({ from: 30, to: 45 });
    expect(evaluatePlan(p, { at: 45 }).deploymentBroken).toBeUndefined();
    expect(evaluatePlan(p).timeline.events.some((e) => e.type === 'requirement-met' && e.day === 45)).toBe(true);
  });

  it('Active/Active: a Security Plus 5512-X pair that loses Security Plus loses Active/Active', () => {
    const units = [pakUnit({ id: 'a', model: 'asa-5512-x', tier: 'security-plus' }), pakUnit({ id: 'b', model: 'asa-5512-x', tier: 'security-plus' })];
    const p = plan({ units, failover: 'active-active', events: [{ day: 10, type: 'permanent-key', unit: 'a', tier: 'base', features: {} }] });
    expect(broken(p).map((i) => [i.day, i.unit])).toEqual([[10, 'a']]);
  });

  it('a cluster of 5525-X: an encryption key expiring on the control unit breaks the cluster', () => {
    const units = [pakUnit({ id: 'c', model: 'asa-5525-x', keys: [key('enc', { encryption: '3des-aes' }, 200)] }), pakUnit({ id: 'd', model: 'asa-5525-x', features: { encryption: '3des-aes' } })];
    const issues = broken(plan({ mode: 'cluster', units }));
    expect(issues.map((i) => [i.day, i.feature, i.cite])).toEqual([[200, 'encryption', '000 §"ASA Cluster License Requirements and Exceptions"']]);
  });

  it('a 5585-X cluster whose only Cluster license is a time-based key breaks when it expires', () => {
    const units = [pakUnit({ id: 'c', model: 'asa-5585-x-ssp-40', features: { clustering: 16 } }), pakUnit({ id: 'd', model: 'asa-5585-x-ssp-40' })];
    const p = plan({ mode: 'cluster', units, events: [{ day: 50, type: 'permanent-key', unit: 'c', tier: 'base', features: {} }] });
    expect(broken(p).map((i) => [i.day, i.feature])).toEqual([[50, 'clustering']]);
  });

  it('no issue when nothing changes', () => {
    expect(broken(plan({ units: [pakUnit({ id: 'a' }), pakUnit({ id: 'b' })] }))).toEqual([]);
  });
});
