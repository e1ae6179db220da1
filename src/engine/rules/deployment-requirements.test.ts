// 000 §"Failover License Requirements and Exceptions" and §"ASA Cluster License Requirements and Exceptions".
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { pakUnit, plan } from '../test-support/plan-builders';

const codes = (p: unknown) =>
  evaluatePlan(p)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.code}${i.unit ? `@${i.unit}` : ''}`);

describe('failover requirements', () => {
  it('ASA 5512-X needs Security Plus on each unit', () => {
    const p = plan({ units: [pakUnit({ id: 'a', model: 'asa-5512-x' }), pakUnit({ id: 'b', model: 'asa-5512-x', tier: 'security-plus' })] });
    expect(codes(p)).toEqual(['failover-needs-security-plus@a']);
  });

  it('ASA 5506-X: Active/Standby with Security Plus; Active/Active not supported', () => {
    const sp = (id: string) => pakUnit({ id, model: 'asa-5506-x', tier: 'security-plus' });
    expect(codes(plan({ units: [sp('a'), sp('b')] }))).toEqual([]);
    expect(codes(plan({ units: [sp('a'), sp('b')], failover: 'active-active' }))).toEqual(['active-active-unsupported@a', 'active-active-unsupported@b']);
  });

  it('ASA 5515-X through 5555-X: the Base license is enough', () => {
    expect(codes(plan({ units: [pakUnit({ id: 'a', model: 'asa-5515-x' }), pakUnit({ id: 'b', model: 'asa-5515-x' })] }))).toEqual([]);
  });

  it('each unit must have the same encryption license, and (5512-X…5555-X) the same IPS module license', () => {
    const p = plan({ units: [pakUnit({ id: 'a', features: { encryption: '3des-aes', 'ips-module': true } }), pakUnit({ id: 'b' })] });
    expect(codes(p)).toEqual(['units-need-same-encryption@b', 'units-need-same-ips-module@b']);
    const r = evaluatePlan(p);
    expect(r.issues.find((i) => i.code === 'units-need-same-encryption')?.path).toBe('deployment.units[1].permanent.features.encryption');
    expect(r.issues.some((i) => i.code === 'ips-subscription-per-unit')).toBe(true);
  });

  it('in multiple context mode each unit must have the same AnyConnect Apex license', () => {
    const p = plan({ contextMode: 'multiple', units: [pakUnit({ id: 'a', features: { 'anyconnect-peers': 2500 } }), pakUnit({ id: 'b' })] });
    expect(codes(p)).toEqual(['units-need-same-anyconnect-peers@b']);
  });

  it('a pair has two units', () => {
    expect(codes(plan({ mode: 'failover', units: [pakUnit({ id: 'a' })] }))).toEqual(['failover-two-units']);
  });
});

describe('cluster requirements', () => {
  const many = (n: number, model: string, extra: Parameters<typeof pakUnit>[0] = {}) => Array.from({ length: n }, (_, i) => pakUnit({ id: `u${i}`, model, ...extra }));

  it('ASA 5585-X: the Cluster license, up to 16 units', () => {
    expect(codes(plan({ mode: 'cluster', units: many(4, 'asa-5585-x-ssp-40') }))).toEqual(['cluster-license-missing@u0']);
    const licensed = [pakUnit({ id: 'c', model: 'asa-5585-x-ssp-40', features: { clustering: 16 } }), ...many(15, 'asa-5585-x-ssp-40')];
    expect(codes(plan({ mode: 'cluster', units: licensed }))).toEqual([]);
    expect(evaluatePlan(plan({ mode: 'cluster', units: licensed })).running.clustering).toBe(16);
    expect(codes(plan({ mode: 'cluster', units: [...licensed, pakUnit({ id: 'x', model: 'asa-5585-x-ssp-40' })] }))).toEqual(['cluster-too-many-units']);
  });

  it('ASA 5585-X SSP-10/-20: the same 10 GE I/O/Security Plus license on each unit', () => {
    const units = [pakUnit({ id: 'a', model: 'asa-5585-x-ssp-20', tier: 'security-plus', features: { clustering: 16 } }), pakUnit({ id: 'b', model: 'asa-5585-x-ssp-20' })];
    expect(codes(plan({ mode: 'cluster', units }))).toEqual(['units-need-same-ten-ge-io']);
  });

  it('ASA 5512-X: Security Plus, 2 units; 5525-X: 2 units', () => {
    expect(codes(plan({ mode: 'cluster', units: many(2, 'asa-5512-x') }))).toEqual(['cluster-needs-security-plus@u0', 'cluster-needs-security-plus@u1']);
    expect(codes(plan({ mode: 'cluster', units: many(2, 'asa-5512-x', { tier: 'security-plus' }) }))).toEqual([]);
    expect(codes(plan({ mode: 'cluster', units: many(3, 'asa-5525-x') }))).toEqual(['cluster-too-many-units@u0']);
  });

  it('other models: no clustering (the 5516-X gets a warning that cites both documents)', () => {
    expect(codes(plan({ mode: 'cluster', units: many(2, 'asa-5508-x') }))).toEqual(['cluster-unsupported@u0', 'cluster-unsupported@u1']);
    const r = evaluatePlan(plan({ mode: 'cluster', units: many(2, 'asa-5516-x') }));
    expect(r.issues.find((i) => i.code === 'cluster-5516-disagreement')?.cite).toContain('000 §"How Failover or ASA Cluster Licenses Combine"');
  });
});
