import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { PAK_MODEL_IDS, SMART_MODEL_IDS } from '../types';
import { sizeDeployment } from './size-deployment';
import type { Fit, RuledOut } from './types';

const needs = (o: Record<string, unknown>) => ({ format: 'asa-license-needs/1', ...o });
const fit = (r: ReturnType<typeof sizeDeployment>, model: string, tier: string | null = null): Fit | undefined => r.fits.find((f) => f.model === model && f.tier === tier);
const out = (r: ReturnType<typeof sizeDeployment>, model: string, tier: string | null = null): RuledOut | undefined => r.ruledOut.find((f) => f.model === model && f.tier === tier);

describe('sizeDeployment: Firepower 4100/9300 (001)', () => {
  // 001 §"ASA Cluster Licenses for the Firepower 4100/9300": each unit's Standard license contexts
  // (10) plus the control unit's Context license, up to the platform limit (250); Carrier is
  // requested by each unit. 60 contexts on 3 units: 10 + 10 + 10 included + 30 licensed.
  const r = sizeDeployment(needs({ deployment: { mode: 'cluster', units: 3 }, termYears: 3, features: { 'security-contexts': 60, carrier: true } }));

  it('a 3-unit Firepower 4110 cluster needing 60 contexts orders 30 (three 10-context packs), not 50, and Carrier for each unit', () => {
    const f = fit(r, 'fpr-4110')!;
    expect(f.running).toEqual({ 'security-contexts': 60, carrier: true });
    expect(f.headroom).toEqual({ 'security-contexts': 190 });
    expect(f.order.find((o) => o.pid === 'L-FPR4K-ASASC-10=')?.quantity).toBe(3);
    expect(f.order.find((o) => o.pid === 'L-FPR4K-ASA-CAR=')?.quantity).toBe(3);
    const plan = f.plan as { deployment: { units: { smart: { entitlements: { contexts: number } } }[] } };
    expect(plan.deployment.units[0]!.smart.entitlements.contexts).toBe(30);
    expect(plan.deployment.units).toHaveLength(3);
  });

  it('Carrier rules out every model outside the families whose table has it, naming them', () => {
    const reason = out(r, 'fpr-2130')!.reasons.find((x) => x.feature === 'carrier')!;
    expect(reason.message).toBe('Carrier: not available on the Firepower 2130 (only on ASA Virtual, Firepower 4100, Firepower 9300)');
    expect(reason.cite).toMatch(/^001 §"Firepower 2100/);
    expect(out(r, 'fpr-2130')!.reasons.find((x) => x.feature === 'security-contexts')!.message).toBe(
      'Security Contexts: the Firepower 2130 runs at most 30 (the platform limit caps the combined value); 60 needed',
    );
  });

  it('every catalog model and tier appears once, in fits or ruled out', () => {
    const seen = [...r.fits, ...r.ruledOut].map((x) => `${x.model}:${x.tier}`);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of [...PAK_MODEL_IDS, ...SMART_MODEL_IDS]) expect(seen.some((s) => s.startsWith(`${id}:`))).toBe(true);
  });

  it('ranks by fewest purchases, then least headroom', () => {
    const keys = r.fits.map((f) => f.purchases);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });
});

describe('sizeDeployment: PAK models (000)', () => {
  // 000 §"ASA 5525-X License Features": AnyConnect Premium up to 750; 5545-X up to 2500.
  const r = sizeDeployment(needs({ deployment: { mode: 'failover', failover: 'active-standby' }, licensing: 'pak', features: { 'anyconnect-peers': 2500 } }));
  it('a pair carrying 2,500 AnyConnect peers: not the 5525-X (750), the 5545-X with one 2,500-peer license', () => {
    expect(out(r, 'asa-5525-x', 'base')!.reasons[0]!.message).toBe('AnyConnect Premium Peers: the ASA 5525-X Base runs at most 750 (the platform limit caps the combined value); 2,500 needed');
    const f = fit(r, 'asa-5545-x', 'base')!;
    expect(f.running['anyconnect-peers']).toBe(2500);
    expect(f.headroom['anyconnect-peers']).toBe(0);
    expect(f.order.map((o) => o.pid)).toEqual(['AnyConnect Premium Peers 2,500 license']);
  });

  it('Smart models are ruled out when PAK is asked', () => {
    expect(out(r, 'fpr-2110')!.reasons[0]!.feature).toBe('licensing');
  });

  it('the Botnet Traffic Filter is bought as a time-based key for the term (000: no permanent Botnet license)', () => {
    const b = sizeDeployment(needs({ termYears: 2, features: { 'botnet-traffic-filter': true } }));
    const f = fit(b, 'asa-5525-x', 'base')!;
    expect(f.order).toEqual([expect.objectContaining({ pid: 'Botnet Traffic Filter 730-day key', quantity: 1, term: '730 days' })]);
    expect(evaluatePlan(f.plan, { at: 729 }).running['botnet-traffic-filter']).toBe(true);
    // The 5506-X takes no time-based key (000 §"Time-Based Licenses"): ruled out.
    expect(fit(b, 'asa-5506-x', 'base')).toBeUndefined();
    expect(b.issues.some((i) => i.code === 'sizing-term-assumed')).toBe(false);
  });

  it('clustering the 5512-X needs Security Plus: the Base tier is ruled out by the engine’s own requirement', () => {
    const c = sizeDeployment(needs({ deployment: { mode: 'cluster', units: 2 }, licensing: 'pak', features: { 'firewall-conns': 100000 } }));
    expect(
      out(c, 'asa-5512-x', 'base')!
        .reasons.map((x) => x.message)
        .join(' '),
    ).toMatch(/Security Plus/);
    expect(fit(c, 'asa-5512-x', 'security-plus')).toBeDefined();
  });
});

describe('sizeDeployment: Smart appliances and ASAv (001)', () => {
  it('Firepower 1120: 2 included + 3 licensed = 5 contexts fits; 6 does not', () => {
    const five = fit(sizeDeployment(needs({ features: { 'security-contexts': 5 } })), 'fpr-1120')!;
    expect(five.running['security-contexts']).toBe(5);
    expect((five.plan as { deployment: { units: { smart: { entitlements: { contexts: number } } }[] } }).deployment.units[0]!.smart.entitlements.contexts).toBe(3);
    expect(out(sizeDeployment(needs({ features: { 'security-contexts': 6 } })), 'fpr-1120')!.reasons[0]!.message).toMatch(/runs at most 5/);
  });

  it('Firepower 1010 has no contexts', () => {
    expect(out(sizeDeployment(needs({ features: { 'security-contexts': 2 } })), 'fpr-1010')!.reasons[0]!.message).toBe('Security Contexts: not available on the Firepower 1010');
  });

  it('ASAv: the throughput level that carries 700 AnyConnect peers is 2G (ASAv30, 750 peers), with a Plus license', () => {
    const f = fit(sizeDeployment(needs({ termYears: 1, features: { 'anyconnect-peers': 700 } })), 'asav')!;
    expect(f.running['anyconnect-peers']).toBeGreaterThanOrEqual(700);
    expect(f.order.map((o) => o.pid)).toEqual(expect.arrayContaining(['L-ASAV30S-K9=']));
    expect(f.order.some((o) => /L-AC-PLS/.test(o.pid))).toBe(true);
  });
});

describe('needs validation', () => {
  it('names the path, the value and the rule, as plan validation does', () => {
    expect(sizeDeployment(needs({ deployment: { mode: 'cluster', units: 40 } })).issues[0]!.message).toBe('deployment.units: 40 must be at most 16');
    expect(sizeDeployment({ format: 'x' }).issues[0]!.message).toMatch(/^format: "x" /);
    expect(sizeDeployment(needs({ features: { 'not-a-feature': 1 } })).valid).toBe(false);
    expect(sizeDeployment(null).issues[0]!.code).toBe('needs-not-object');
    // Each feature's need is checked against its kind of value (plan-format.md "Feature ids and values").
    const messages = (features: Record<string, unknown>) => sizeDeployment(needs({ features })).issues.map((i) => i.message);
    expect(messages({ throughput: '10g' })).toEqual(['features.throughput: "10g" must be "100M", "1G", "2G", "10G" or "20G" (Throughput level)']);
    expect(messages({ carrier: 'yes', 'security-contexts': true })).toEqual([
      'features.carrier: "yes" must be true or false (Carrier)',
      'features.security-contexts: true must be a number: the least the deployment must run (Security Contexts)',
    ]);
    expect(messages({ failover: 'unsupported' })).toEqual(['features.failover: "unsupported" must be "active-standby" or "active-active" (Failover)']);
    expect(messages({ clustering: 'yes' })).toEqual(['features.clustering: "yes" must be true or a number of units (Clustering)']);
    expect(sizeDeployment(needs({ features: { throughput: '10G', clustering: 4, encryption: '3des-aes', 'shared-license': 'server', failover: 'active-active' } })).valid).toBe(true);
  });
});
