// Smart units through evaluatePlan: the same result shape as PAK units.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate';
import { plan } from './test-support/plan-builders';

const smartUnit = (id: string, model: string, entitlements: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id,
  model,
  ...extra,
  smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { standard: true, ...entitlements } },
});

describe('Smart units in evaluatePlan', () => {
  it('Firepower 2110: a 23-context license on the 2 defaults gives 25 (001 "enter 23 for 25")', () => {
    const r = evaluatePlan(plan({ contextMode: 'multiple', units: [smartUnit('fw', 'fpr-2110', { contexts: 23 })] }));
    expect(r.valid).toBe(true);
    expect(r.running['security-contexts']).toBe(25);
    expect(r.units.fw?.['security-contexts']).toBe(25);
    expect(r.provenance.running['security-contexts']?.source).toBe('smart');
    expect(r.billOfMaterials?.lines.length).toBeGreaterThan(0);
  });

  it('ASAv 1G with 4 GB: 500 TLS proxy, 250 other VPN, 100,000 connections, 50 VLANs', () => {
    const r = evaluatePlan(plan({ units: [smartUnit('v', 'asav', { throughput: '1G' }, { memoryGB: 4 })] }));
    expect(r.running).toMatchObject({ throughput: '1G', 'uc-proxy-sessions': 500, 'other-vpn-peers': 250, 'firewall-conns': 100_000, vlans: 50, encryption: '3des-aes' });
  });

  it('failover of two Firepower 1010 needs Security Plus on both units (error naming the unit)', () => {
    const r = evaluatePlan(plan({ units: [smartUnit('a', 'fpr-1010', { 'security-plus': true }), smartUnit('b', 'fpr-1010')] }));
    expect(r.valid).toBe(false);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.unit)).toContain('b');
  });

  it('Firepower 2130 pair: 2 + 2 + 30 = 34, capped at 30, with each unit beside the combined value', () => {
    const r = evaluatePlan(plan({ contextMode: 'multiple', units: [smartUnit('a', 'fpr-2130', { contexts: 30 }), smartUnit('b', 'fpr-2130')] }));
    expect(r.running['security-contexts']).toBe(30);
    expect(r.provenance.running['security-contexts']).toMatchObject({ uncapped: 34, limit: 30 });
    expect(r.units.b?.['security-contexts']).toBe(2);
  });

  it('evaluation mode: 90 days of use, then out of compliance on the timeline', () => {
    const r = evaluatePlan(plan({ units: [{ id: 'fw', model: 'fpr-2130', smart: { method: 'evaluation', entitlements: { standard: true } } }] }));
    expect(r.timeline.events.filter((e) => e.day === 90).map((e) => e.type)).toEqual(['evaluation-expired', 'out-of-compliance']);
    expect(r.running.encryption).toBe('des');
  });

  it('a PAK unit and a Smart unit cannot form a pair', () => {
    const pak = { id: 'a', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [] };
    expect(evaluatePlan(plan({ units: [pak, smartUnit('b', 'fpr-2130')] })).issues.some((i) => i.code === 'mixed-licensing')).toBe(true);
  });
});
