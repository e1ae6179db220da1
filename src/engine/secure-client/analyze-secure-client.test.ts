// The Secure Client rules with the FAQs' own examples (002/003) and 000's Plus/Apex notes.
import { describe, expect, it } from 'vitest';
import { analyzeSecureClient } from './analyze-secure-client';
import { scPlan, unit } from '../test-support/secure-client-fixtures';

const ASA = unit('fw-a', 2500);
const codes = (r: { issues: { code: string }[] }): string[] => r.issues.map((i) => i.code);

describe('Plus and Apex count unique users (002/003 §"How do I determine how many licenses to purchase?")', () => {
  it.each([
    // "If you currently support 30K simultaneous user connections but have 50K users … buy a 50K license."
    [30_000, 50_000, 30_000, 20_000],
    [50_000, 50_000, 30_000, null],
    // "If you have 100K users … buy a 100K license."
    [50_000, 100_000, 30_000, 50_000],
  ])('a %i-user Plus license, %i users, %i simultaneous connections: short by %s', (licensed, users, peak, shortBy) => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: licensed, termMonths: 36 }], demand: { uniqueUsers: users, peakConcurrent: peak } }), [unit('fw-a', 100_000)]);
    const gap = r.gaps.find((g) => g.kind === 'users-short');
    expect(gap?.shortBy ?? null).toBe(shortBy);
    if (shortBy !== null) {
      const issue = r.issues.find((i) => i.code === 'users-exceed-license');
      expect(issue).toMatchObject({ severity: 'warning', path: 'secureClient.demand.uniqueUsers' });
      expect(issue?.message).toContain('secureClient.licenses[0].users');
      expect(issue?.cite).toContain('002 §"How do I determine how many licenses to purchase?"');
    }
  });

  it('each unattended device is a unique user', () => {
    const p = scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: 1000, termMonths: 12 }], demand: { uniqueUsers: 980, unattendedDevices: 40 } });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.stretches[0]?.demandUsers).toBe(1020);
    expect(r.gaps[0]).toMatchObject({ kind: 'users-short', from: 0, to: 365, shortBy: 20 });
  });

  it('Plus and Apex mix: 873 Plus + 200 Apex cover 1073 users; Apex users count toward the total', () => {
    const p = scPlan({
      licenses: [
        { id: 'plus-1', type: 'plus', users: 873, termMonths: 30 },
        { id: 'apex-1', type: 'apex', users: 200, termMonths: 36 },
      ],
      demand: { uniqueUsers: 1073, apexUsers: 150 },
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.stretches[0]).toMatchObject({ plusUsers: 873, apexUsers: 200, totalUsers: 1073 });
    // Covered until the 30-month Plus term ends; then only the Apex users remain.
    expect(r.stretches.find((s) => s.from === 912)).toMatchObject({ totalUsers: 200 });
    expect(r.gaps).toMatchObject([{ kind: 'users-short', from: 912, to: null, shortBy: 873 }]);
    expect(r.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual(['users-exceed-license']);
  });

  it('more Apex users than Apex licenses is a warning of its own', () => {
    const p = scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: 1000, termMonths: 12 }, { id: 'apex-1', type: 'apex', users: 100, termMonths: 12 }], demand: { uniqueUsers: 1000, apexUsers: 150 } });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.issues.find((i) => i.code === 'apex-users-exceed-license')).toMatchObject({ path: 'secureClient.demand.apexUsers', message: expect.stringContaining('secureClient.licenses[1].users 100') });
  });

  it('the example plan of the spec: 873 + 200 + 100 perpetual = 1173 for 1200 users', () => {
    const p = scPlan({
      licenses: [
        { id: 'plus-1', type: 'plus', users: 873, startDay: 0, termMonths: 30 },
        { id: 'apex-1', type: 'apex', users: 200, startDay: 0, termMonths: 36 },
        { id: 'perp-1', type: 'plus-perpetual', users: 100, startDay: 0, support: true },
      ],
      demand: { uniqueUsers: 1200, peakConcurrent: 400, apexUsers: 150 },
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.stretches[0]).toMatchObject({ plusUsers: 973, totalUsers: 1173, demandUsers: 1200 });
    // 27 short from day 0; 900 short once the 30-month Plus term ends on day 912.
    expect(r.gaps).toMatchObject([
      { kind: 'users-short', from: 0, to: 912, shortBy: 27 },
      { kind: 'users-short', from: 912, to: null, shortBy: 900 },
    ]);
    expect(r.issues.filter((i) => i.code === 'users-exceed-license').map((i) => i.message)).toEqual([
      'secureClient.demand.uniqueUsers: day 0 (2027-01-01) to day 912 (2029-07-01): 1200 unique users (unattended devices count as users) exceed the 1173 licensed (secureClient.licenses[0].users 873 + secureClient.licenses[1].users 200 + secureClient.licenses[2].users 100) by 27',
      'secureClient.demand.uniqueUsers: day 912 (2029-07-01) to the end of the plan: 1200 unique users (unattended devices count as users) exceed the 300 licensed (secureClient.licenses[1].users 200 + secureClient.licenses[2].users 100) by 900',
    ]);
    expect(r.stretches.find((s) => s.from === 912)).toMatchObject({ totalUsers: 300, demandUsers: 1200 });
  });
});

describe('features by tier', () => {
  it.each([
    // 002/003 §"What license is needed to enable IKEv2 VPN from 3rd party VPN clients to the ASA?": Plus (or Apex).
    ['plus', ['third-party-ikev2'], []],
    // "This is similar to how AnyConnect Apex is required for clientless support."
    ['plus', ['clientless'], ['clientless']],
    ['apex', ['clientless', 'network-visibility', 'ise-posture'], []],
    // §"Can I order the AnyConnect Network Visibility Module standalone?": only in Apex.
    ['plus', ['network-visibility', 'hostscan-posture'], ['network-visibility', 'hostscan-posture']],
  ])('%s with %j: unlicensed %j', (type, features, unlicensed) => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'l', type, users: 10, termMonths: 12 }], demand: { uniqueUsers: 10, features } }), [ASA]);
    expect(r.gaps.filter((g) => g.kind === 'feature-unlicensed').map((g) => g.feature)).toEqual(unlicensed);
  });

  it.each([
    // VPN Only "do[es] support Clientless SSL VPN, third party IPsec IKEv2, Suite B and VPN HostScan".
    [['clientless', 'third-party-ikev2', 'suite-b', 'hostscan-posture'], []],
    // "No other … function or service (Web Security Module, ISE Posture, Network Visibility …)".
    [['network-visibility', 'ise-posture', 'web-security'], ['network-visibility', 'ise-posture', 'web-security']],
  ])('VPN Only with %j: unlicensed %j', (features, unlicensed) => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'v', type: 'vpn-only', sessions: 100, unit: 'fw-a', support: true }], demand: { peakConcurrent: 50, features } }), [ASA]);
    expect(r.gaps.filter((g) => g.kind === 'feature-unlicensed').map((g) => g.feature)).toEqual(unlicensed);
  });
});

describe('VPN Only (002/003 §"Can I buy a perpetual …?", §"Are there any additional limitations …?")', () => {
  it('the university: 10,000 students, 100 active at a time, fit a 100-session VPN Only license', () => {
    const p = scPlan({ licenses: [{ id: 'v', type: 'vpn-only', sessions: 100, unit: 'fw-a', support: true }], demand: { uniqueUsers: 10_000, peakConcurrent: 100 } });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.stretches[0]).toMatchObject({ vpnOnlySessions: { 'fw-a': 100 }, peers: { 'fw-a': 100 }, runnablePeers: 100 });
  });

  it('VPN Only cannot serve a burst above its sessions', () => {
    const p = scPlan({ licenses: [{ id: 'v', type: 'vpn-only', sessions: 100, unit: 'fw-a', support: true }], demand: { peakConcurrent: 150 } });
    expect(analyzeSecureClient(p, [ASA]).issues.find((i) => i.code === 'sessions-exceed-vpn-only')?.message).toContain('by 50');
  });

  it('not additive: 500 at time x and 100 more at x + y leave 500, with a warning', () => {
    const p = scPlan({
      licenses: [
        { id: 'v1', type: 'vpn-only', sessions: 500, unit: 'fw-a', support: true },
        { id: 'v2', type: 'vpn-only', sessions: 100, unit: 'fw-a', startDay: 200, support: true },
      ],
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.issues.find((i) => i.code === 'vpn-only-not-additive')).toMatchObject({ path: 'secureClient.licenses[1]', day: 200, unit: 'fw-a' });
    expect(r.stretches.find((s) => s.from === 200)?.vpnOnlySessions).toEqual({ 'fw-a': 500 });
  });

  it('Active/Standby: only the primary needs it; the standby runs it after failover but adds no capacity', () => {
    const fleet = [unit('fw-a', 2500, 'primary'), unit('fw-b', 2500, 'secondary')];
    const p = scPlan({ units: [{ id: 'fw-a', model: 'asa-5545-x' }, { id: 'fw-b', model: 'asa-5545-x' }], licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-a', support: true }] });
    const r = analyzeSecureClient(p, fleet);
    expect(codes(r)).toEqual([]);
    expect(r.stretches[0]).toMatchObject({ peers: { 'fw-a': 500, 'fw-b': 500 }, runnablePeers: 500 });
    const onStandby = analyzeSecureClient(scPlan({ units: p.deployment.units, licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-b', support: true }] }), fleet);
    expect(codes(onStandby)).toContain('vpn-only-on-standby');
  });

  it('per headend: each unit of a cluster needs its own; a license for a unit outside the deployment is an error', () => {
    const fleet = [unit('c1', 2500, 'control'), unit('c2', 2500, 'data')];
    const units = [{ id: 'c1', model: 'asa-5545-x' }, { id: 'c2', model: 'asa-5545-x' }];
    const r = analyzeSecureClient(scPlan({ mode: 'cluster', units, licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'c1', support: true }] }), fleet);
    expect(r.issues.find((i) => i.code === 'vpn-only-per-headend')).toMatchObject({ unit: 'c2' });
    const elsewhere = analyzeSecureClient(scPlan({ mode: 'cluster', units, licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'other-asa', support: true }] }), fleet);
    expect(codes(elsewhere)).toContain('vpn-only-unknown-unit');
  });

  it('the headend is inferred for a standalone unit; required otherwise', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'v', type: 'vpn-only', sessions: 50, support: true }] }), [ASA]);
    expect(r.licenses[0]?.unit).toBe('fw-a');
    expect(codes(r)).toContain('vpn-only-unit-inferred');
  });

  it('VPN Only does not coexist with Plus or Apex', () => {
    const p = scPlan({ licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-a', support: true }, { id: 'plus-1', type: 'plus', users: 100, startDay: 90, termMonths: 12 }] });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.issues.find((i) => i.code === 'vpn-only-with-plus-apex')).toMatchObject({ severity: 'error', day: 90, path: 'secureClient.licenses[0]' });
  });

  it('counts sessions, not users; Plus counts users, not sessions', () => {
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'v', type: 'vpn-only', users: 100, unit: 'fw-a', support: true }, { id: 'p', type: 'plus-perpetual', sessions: 10, support: true }] }), [ASA]);
    expect(codes(r)).toEqual(expect.arrayContaining(['sessions-missing', 'counts-sessions-not-users', 'users-missing', 'counts-users-not-sessions']));
  });
});

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
    const p = scPlan({ licenses: [{ id: 'ess', type: 'essentials', unit: 'fw-a' }, { id: 'plus-1', type: 'plus', users: 100, startDay: 45, termMonths: 12 }] });
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
    const p = scPlan({ units: [{ id: 'fw-a', model: 'asa-5545-x' }, { id: 'fw-b', model: 'asa-5545-x' }], licenses: [{ id: 'plus-1', type: 'plus', users: 5000, termMonths: 12 }], demand: { uniqueUsers: 4000, peakConcurrent: 3000 } });
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
    const p = scPlan({ mode: 'cluster', units: fleet.map((u) => ({ id: u.id, model: 'asa-5545-x' })), licenses: [{ id: 'plus-1', type: 'plus', users: 9000, termMonths: 12 }], demand: { peakConcurrent: 7000 } });
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
    const p = scPlan({ units: [{ id: 'fw-a', model: 'fpr-2130' }], licenses: [{ id: 'plus-1', type: 'plus', users: 100, termMonths: 12 }, { id: 'apex-1', type: 'apex', users: 10, termMonths: 12 }] });
    const ids = analyzeSecureClient(p, [unit('fw-a', 7500, 'standalone', 'fpr-2130')]).notes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['size-by-users-or-peers', 'banding-should-or-must', 'register-each-pak', 'pak-registration-asav']));
  });
});

describe('legacy shared licensing in the plan (proposed secureClient.shared)', () => {
  const shared = {
    pool: 500,
    server: { primary: 'fw-a' },
    backup: { primary: 'branch-1' },
    participants: [
      { id: 'fw-a', localSessions: 0, demand: [{ day: 0, sessions: 120 }] },
      { id: 'branch-1', platformLimit: 250, localSessions: 50, demand: [{ day: 0, sessions: 120 }] },
    ],
    outages: [{ unit: 'fw-a', day: 40, days: 20 }],
  };

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
