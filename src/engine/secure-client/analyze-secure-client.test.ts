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
    const r = analyzeSecureClient(scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: licensed, termMonths: 36 }], demand: { uniqueUsers: users, peakConcurrent: peak } }), [
      unit('fw-a', 100_000),
    ]);
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
    const p = scPlan({
      licenses: [
        { id: 'plus-1', type: 'plus', users: 1000, termMonths: 12 },
        { id: 'apex-1', type: 'apex', users: 100, termMonths: 12 },
      ],
      demand: { uniqueUsers: 1000, apexUsers: 150 },
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.issues.find((i) => i.code === 'apex-users-exceed-license')).toMatchObject({
      path: 'secureClient.demand.apexUsers',
      message: expect.stringContaining('secureClient.licenses[1].users 100'),
    });
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
    [
      ['network-visibility', 'ise-posture', 'web-security'],
      ['network-visibility', 'ise-posture', 'web-security'],
    ],
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
    const p = scPlan({
      units: [
        { id: 'fw-a', model: 'asa-5545-x' },
        { id: 'fw-b', model: 'asa-5545-x' },
      ],
      licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-a', support: true }],
    });
    const r = analyzeSecureClient(p, fleet);
    expect(codes(r)).toEqual([]);
    expect(r.stretches[0]).toMatchObject({ peers: { 'fw-a': 500, 'fw-b': 500 }, runnablePeers: 500 });
    const onStandby = analyzeSecureClient(scPlan({ units: p.deployment.units, licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-b', support: true }] }), fleet);
    expect(codes(onStandby)).toContain('vpn-only-on-standby');
  });

  it('per headend: each unit of a cluster needs its own; a license for a unit outside the deployment is an error', () => {
    const fleet = [unit('c1', 2500, 'control'), unit('c2', 2500, 'data')];
    const units = [
      { id: 'c1', model: 'asa-5545-x' },
      { id: 'c2', model: 'asa-5545-x' },
    ];
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
    const p = scPlan({
      licenses: [
        { id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-a', support: true },
        { id: 'plus-1', type: 'plus', users: 100, startDay: 90, termMonths: 12 },
      ],
    });
    const r = analyzeSecureClient(p, [ASA]);
    expect(r.issues.find((i) => i.code === 'vpn-only-with-plus-apex')).toMatchObject({ severity: 'error', day: 90, path: 'secureClient.licenses[0]' });
  });

  it('counts sessions, not users; Plus counts users, not sessions', () => {
    const r = analyzeSecureClient(
      scPlan({
        licenses: [
          { id: 'v', type: 'vpn-only', users: 100, unit: 'fw-a', support: true },
          { id: 'p', type: 'plus-perpetual', sessions: 10, support: true },
        ],
      }),
      [ASA],
    );
    expect(codes(r)).toEqual(expect.arrayContaining(['sessions-missing', 'counts-sessions-not-users', 'users-missing', 'counts-users-not-sessions']));
  });
});
