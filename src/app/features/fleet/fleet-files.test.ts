import { describe, expect, it } from 'vitest';
import type { FleetRenewal } from '../../../engine/fleet/index';
import { parseCsv } from '../../persistence/csv';
import { fleetText, readFleetText, renewalsCsv, RENEWALS_CSV_HEADER } from './fleet-files';

const renewal = (over: Partial<FleetRenewal>): FleetRenewal => ({ plan: 0, planName: 'dc-edge', site: 'Berlin', kind: 'key-lapse', date: '2027-07-03', orderBy: '2027-06-03', what: 'Botnet Traffic Filter Enabled → Disabled (key fw/btf)', order: 'a time-based key for Botnet Traffic Filter', cite: '000 §"Time-Based License Expiration"', ...over });

describe('fleet renewals CSV', () => {
  it('writes one row per expiry under the header, read back the same', () => {
    const rows = parseCsv(renewalsCsv([renewal({}), renewal({ kind: 'smart-evaluation', orderBy: null, date: '2027-08-01' })]));
    expect(rows[0]).toEqual([...RENEWALS_CSV_HEADER]);
    expect(rows[1]).toEqual(['2027-07-03', '2027-06-03', 'dc-edge', 'Berlin', 'Time-based key', 'Botnet Traffic Filter Enabled → Disabled (key fw/btf)', 'a time-based key for Botnet Traffic Filter', '000 §"Time-Based License Expiration"']);
    expect(rows[2]![1]).toBe('');
  });

  it('neutralises a formula and strips control characters in a plan name or site', () => {
    const rows = parseCsv(renewalsCsv([renewal({ planName: '=HYPERLINK("x")', site: 'a\u0007b' })]));
    expect(rows[1]![2]).toBe('\'=HYPERLINK("x")');
    expect(rows[1]![3]).toBe('ab');
  });
});

describe('fleet file', () => {
  it('reads back what it writes, and names the plan and field of a bad one', () => {
    const plan = { format: 'asa-license-plan/1' as const, name: 'a', startDate: '2027-01-04', horizonDays: 1095, deployment: { mode: 'standalone' as const, contextMode: 'single' as const, units: [{ id: 'fw', model: 'asa-5545-x' as const, permanent: { tier: 'base' as const, features: {} }, timeBased: [] }] }, events: [] };
    const r = readFleetText(fleetText({ name: 'E', plans: [plan] }));
    expect(r.ok && r.fleet.plans[0]!.name).toBe('a');
    const bad = readFleetText('{"format":"asa-license-fleet/1","plans":[{"format":"asa-license-plan/1","startDate":"2027-13-01","deployment":{"units":[]}}]}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages[0]).toMatch(/^plans\[0\]\.startDate/);
    expect(readFleetText('{').ok).toBe(false);
  });
});
