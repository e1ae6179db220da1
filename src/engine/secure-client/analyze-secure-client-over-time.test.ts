// The Secure Client rules over time: coverage, renewals, demand growth, the sources' disagreements, and
// the legacy shared licensing (002/003 FAQs; 000 §"Shared AnyConnect Premium Licenses").
import { describe, expect, it } from 'vitest';
import { analyzeSecureClient } from './analyze-secure-client';
import { LEGACY_SHARED, scPlan, unit } from '../test-support/secure-client-fixtures';

const ASA = unit('fw-a', 2500);
const codes = (r: { issues: { code: string }[] }): string[] => r.issues.map((i) => i.code);

describe('coverage over time and renewals', () => {
  it('a gap between two terms: events, issue, renewal with gap days', () => {
    const p = scPlan({
      licenses: [
        { id: 'plus-1', type: 'plus', users: 500, termMonths: 12 },
        { id: 'plus-2', type: 'plus', users: 500, startDay: 395, termMonths: 24 },
      ],
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.gaps).toMatchObject([{ kind: 'no-coverage', from: 365, to: 395 }]);
    expect(r.events.filter((e) => e.type === 'coverage-gap' || e.type === 'coverage-restored').map((e) => [e.type, e.day])).toEqual([
      ['coverage-gap', 365],
      ['coverage-restored', 395],
    ]);
    expect(r.renewals[0]).toMatchObject({ license: 'plus-1', sku: 'L-AC-PLS-LIC=', endDay: 365, lastDate: '2027-12-31', orderByDay: 335, orderByDate: '2027-12-02', renewedBy: null, gapDays: 30 });
    expect(r.events.find((e) => e.type === 'renewal-due')).toMatchObject({ day: 335, key: 'plus-1' });
  });

  it('a renewal starting on the end day continues the coverage; renewals use the banding SKUs whatever the original', () => {
    const p = scPlan({
      licenses: [
        { id: 'apex-1', type: 'apex', users: 200, termMonths: 36, ordering: 'block' },
        { id: 'apex-2', type: 'apex', users: 200, startDay: 1096, termMonths: 12 },
      ],
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.renewals[0]).toMatchObject({ sku: 'L-AC-APX-LIC=', renewedBy: 'apex-2', gapDays: null });
    expect(r.gaps).toEqual([]);
    expect(r.events.filter((e) => e.type === 'renewal-due').map((e) => e.key)).toEqual([]);
  });

  it('demand growing 10% a year outgrows 1100 users on the second anniversary', () => {
    const p = scPlan({ horizonDays: 1200, licenses: [{ id: 'plus-1', type: 'plus', users: 1100, termMonths: 36 }], demand: { uniqueUsers: 1000, growthPercentPerYear: 10 } });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.stretches.map((s) => [s.from, s.demandUsers])).toEqual([
      [0, 1000],
      [365, 1100],
      [731, 1210],
      [1096, 1331],
    ]);
    expect(r.gaps).toMatchObject([
      { kind: 'users-short', from: 731, to: 1096, shortBy: 110 },
      { kind: 'no-coverage', from: 1096, to: null },
    ]);
    // A same-length renewal covers plan years 3 to 5: 1000 × 1.1⁵ = 1610.51 → 1611 users.
    expect(r.renewals[0]?.recommendedUsers).toBe(1611);
  });

  it('an order-by date before the plan starts is flagged', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'p', type: 'plus', users: 1, startDay: -340, termMonths: 12 }] }), [ASA]);
    expect(codes(r)).toContain('renewal-order-late');
  });

  it('the 4-week evaluation covers alone, with a note on its length', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'eval', type: 'apex-evaluation' }], demand: { uniqueUsers: 50, features: ['clientless'] } }), [ASA]);
    expect(r.gaps).toMatchObject([{ kind: 'no-coverage', from: 28 }]);
    expect(codes(r)).toContain('evaluation-only');
    expect(r.events.find((e) => e.type === 'evaluation-expired')).toMatchObject({ day: 28 });
    expect(r.notes.map((n) => n.id)).toContain('evaluation-four-weeks-or-one-month');
  });

  it('is JSON-serialisable', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: 873, termMonths: 30 }], demand: { uniqueUsers: 800 } }), [ASA]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('notes where the sources disagree', () => {
  it('Smart-licensed fleets get the 001 (peers) versus 002/003 (users) sizing note', () => {
    const p = scPlan({
      units: [{ id: 'fw-a', model: 'fpr-2130' }],
      licenses: [
        { id: 'plus-1', type: 'plus', users: 100, termMonths: 12 },
        { id: 'apex-1', type: 'apex', users: 10, termMonths: 12 },
      ],
    });
    const ids = analyzeSecureClient(p, [unit('fw-a', 7500, 'standalone', 'fpr-2130')]).notes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['size-by-users-or-peers', 'banding-should-or-must', 'register-each-pak', 'pak-registration-asav']));
  });
});

describe('legacy shared licensing in the plan (proposed secureClient.shared)', () => {
  const shared = LEGACY_SHARED;

  it('runs the simulation with platform limits from the fleet', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'prem', type: 'premium', sessions: 250, unit: 'fw-a' }], shared }), [ASA]);
    expect(r.shared?.stretches[0]?.participants).toMatchObject({ 'fw-a': { held: 150, served: 120 }, 'branch-1': { local: 50, held: 100, served: 120 } });
    expect(r.shared?.events.some((e) => e.type === 'backup-takeover' && e.day === 40)).toBe(true);
    expect(codes(r)).not.toContain('shared-with-new-licensing');
  });

  it('warns that AnyConnect 4 licensing has no shared licensing, with the conversion order', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: 500, startDay: 30, termMonths: 12 }], shared }), [ASA]);
    const issue = r.issues.find((i) => i.code === 'shared-with-new-licensing');
    expect(issue).toMatchObject({ day: 30, path: 'secureClient.shared' });
    expect(issue?.message).toContain('participants');
  });

  it('a participant outside the deployment needs its platform limit', () => {
    const r = analyzeSecureClient(scPlan({ shared: { ...shared, participants: [{ id: 'far-away', demand: [] }] } }), [ASA]);
    expect(codes(r)).toContain('shared-platform-limit-missing');
  });

  it('a malformed shared section is an error, not a crash', () => {
    const r = analyzeSecureClient(scPlan({ shared: { pool: -1 } }), [ASA]);
    expect(codes(r)).toEqual(['shared-invalid']);
  });
});

describe('edge cases', () => {
  it('a plan without Secure Client licenses or demand reports nothing to fix', () => {
    const r = analyzeSecureClient(scPlan({}), [ASA]);
    expect(r.issues).toEqual([]);
    expect(r.stretches).toHaveLength(1);
    expect(r.gaps).toEqual([]);
  });

  it('stays event-driven: 2000 licenses over 100 years', () => {
    const licenses = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, type: i % 2 ? 'plus' : 'apex', users: 10, startDay: i * 18, termMonths: 12 }));
    const r = analyzeSecureClient(scPlan({ horizonDays: 36_600, licenses, demand: { uniqueUsers: 150, growthPercentPerYear: 1 } }), [ASA]);
    expect(r.stretches.length).toBeLessThan(4200);
  });
});
