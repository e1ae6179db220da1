// The Secure Client rules, continued: support contracts, the retired licenses beside the new ones, and
// what a headend may carry (002/003 FAQs, 000's Plus/Apex notes).
import { describe, expect, it } from 'vitest';
import { analyzeSecureClient } from './analyze-secure-client';
import { scPlan, unit } from '../test-support/secure-client-fixtures';

const ASA = unit('fw-a', 2500);
const codes = (r: { issues: { code: string }[] }): string[] => r.issues.map((i) => i.code);

describe('support contracts (§"Can I buy a perpetual …?": "require a SWSS contract on all head-ends")', () => {
  it.each([
    ['plus-perpetual', undefined, true],
    ['vpn-only', false, true],
    ['vpn-only', true, false],
    ['plus', undefined, false],
  ])('%s with support %s: warning %s', (type, support, warned) => {
    const license = { id: 'l', type, users: 10, sessions: 10, unit: 'fw-a', termMonths: 12, ...(support !== undefined ? { support } : {}) };
    const r = analyzeSecureClient(scPlan({ licenses: [license] }), [ASA]);
    expect(codes(r).includes('support-contract-needed')).toBe(warned);
  });
});

describe('retired Essentials and Premium', () => {
  it('do not coexist with the new licenses: the new key replaces them on its start day', () => {
    const p = scPlan({
      licenses: [
        { id: 'ess', type: 'essentials', unit: 'fw-a' },
        { id: 'plus-1', type: 'plus', users: 100, startDay: 45, termMonths: 12 },
      ],
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.licenses[0]).toMatchObject({ replacedOnDay: 45 });
    const issue = r.issues.find((i) => i.code === 'legacy-replaced');
    expect(issue?.message).toContain('will be removed');
    expect(issue?.message).toContain('can be removed');
    expect(issue?.message).toContain('no anyconnect-essentials');
    expect(r.stretches.find((s) => s.from === 45)?.legacy).toEqual([]);
    expect(r.events.find((e) => e.type === 'legacy-replaced')).toMatchObject({ day: 45, key: 'ess' });
    expect(r.notes.map((n) => n.id)).toContain('older-licenses-will-or-can-be-removed');
  });

  it('mobile clients need Plus, Apex or VPN Only after 30 April 2016', () => {
    const p = scPlan({ startDate: '2016-01-01', licenses: [{ id: 'prem', type: 'premium', sessions: 250, unit: 'fw-a' }], demand: { features: ['mobile'] } });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.gaps).toMatchObject([{ kind: 'feature-unlicensed', feature: 'mobile', from: 120 }]);
  });

  it('cannot be bought after 31 August 2015', () => {
    expect(codes(analyzeSecureClient(scPlan({ licenses: [{ id: 'prem', type: 'premium', sessions: 250, unit: 'fw-a', startDay: 10 }] }), [ASA]))).toContain('legacy-no-longer-sold');
  });
});

describe('headend capacity (002/003 §"How do the new licenses work with the ASA?": "unlocked for its maximum hardware capacity")', () => {
  it('Plus unlocks every unit to its maximum; the Active/Standby standby adds none', () => {
    const fleet = [unit('fw-a', 2500, 'primary'), unit('fw-b', 2500, 'secondary')];
    const p = scPlan({
      units: [
        { id: 'fw-a', model: 'asa-5545-x' },
        { id: 'fw-b', model: 'asa-5545-x' },
      ],
      licenses: [{ id: 'plus-1', type: 'plus', users: 5000, termMonths: 12 }],
      demand: { uniqueUsers: 4000, peakConcurrent: 3000 },
    });
    const r = analyzeSecureClient(p, fleet);
    expect(r.hardwareCapacity).toBe(2500);
    expect(r.units.map((u) => [u.unit, u.peers, u.carriesSessions])).toEqual([
      ['fw-a', 2500, true],
      ['fw-b', 2500, false],
    ]);
    expect(r.issues.find((i) => i.code === 'peak-exceeds-hardware')?.message).toContain('standby adds no capacity');
  });

  it('cluster units all carry sessions', () => {
    const fleet = [unit('c1', 2500, 'control'), unit('c2', 2500, 'data'), unit('c3', 2500, 'data')];
    const p = scPlan({
      mode: 'cluster',
      units: fleet.map((u) => ({ id: u.id, model: 'asa-5545-x' })),
      licenses: [{ id: 'plus-1', type: 'plus', users: 9000, termMonths: 12 }],
      demand: { peakConcurrent: 7000 },
    });
    const r = analyzeSecureClient(p, fleet);
    expect(r.hardwareCapacity).toBe(7500);
    expect(codes(r)).not.toContain('peak-exceeds-hardware');
  });

  it('after the term the unit is no longer licensed (the ASA does not stop it: honor system)', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: 50, termMonths: 12 }] }), [ASA]);
    expect(r.stretches.map((s) => [s.from, s.to, s.peers['fw-a']])).toEqual([
      [0, 365, 2500],
      [365, null, 0],
    ]);
    expect(r.issues.find((i) => i.code === 'coverage-gap')?.message).toContain('honor system');
  });
});
