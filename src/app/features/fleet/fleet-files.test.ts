import { describe, expect, it } from 'vitest';
import { evaluateFleet, type FleetRenewal, type Plan } from '../../../engine/fleet/index';
import { parseCsv } from '../../persistence/csv';
import { fleetText, readFleetText, renewalsCsv, RENEWALS_CSV_HEADER } from './fleet-files';

// A 5545-X with a 180-day Botnet Traffic Filter key from 2027-01-04 (000 §"Time-Based License Expiration":
// Botnet is time-based only, so it switches off), and a 12-month Secure Client Plus term (002/003).
const plan = {
  format: 'asa-license-plan/1',
  name: 'dc-edge',
  site: 'Berlin',
  startDate: '2027-01-04',
  horizonDays: 1095,
  deployment: {
    mode: 'standalone',
    contextMode: 'single',
    units: [{ id: 'fw', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [{ id: 'btf', features: { 'botnet-traffic-filter': true }, days: 180 }] }],
  },
  secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 12 }] },
  events: [],
} as unknown as Plan;

describe('fleet renewals CSV', () => {
  const renewals = evaluateFleet([plan]).renewals;

  it("writes one row per entry of the plans' renewal lists under the header, read back the same", () => {
    const rows = parseCsv(renewalsCsv(renewals));
    expect(rows[0]).toEqual([...RENEWALS_CSV_HEADER]);
    expect(rows.length).toBe(3);
    // Day 180 of 2027-01-04 is 2027-07-03; ordered 30 days ahead (the default purchase lead time).
    expect(rows[1]).toEqual([
      '2027-07-03',
      '2027-06-03',
      'dc-edge',
      'Berlin',
      'Time-based key',
      'Botnet Traffic Filter (fw/btf): Enabled → Disabled: it switches off (no permanent license has it)',
      'a new time-based key for Botnet Traffic Filter, installed (stacked) before the old one runs out',
      '000 §"Stacking Time-Based Licenses"; 000 §"Time-Based License Expiration"',
    ]);
    // 12 months from 2027-01-04: the first day without the term is 2028-01-04.
    expect(rows[2]!.slice(0, 5)).toEqual(['2028-01-04', '2027-12-05', 'dc-edge', 'Berlin', 'Secure Client']);
    expect(rows[2]![6]).toMatch(/^L-AC-PLS-LIC= for 500 users/);
  });

  it('neutralises a formula and strips control characters in a plan name or site', () => {
    const r: FleetRenewal = { ...renewals[0]!, planName: '=HYPERLINK("x")', site: 'a\u0007b' };
    const rows = parseCsv(renewalsCsv([r]));
    expect(rows[1]![2]).toBe('\'=HYPERLINK("x")');
    expect(rows[1]![3]).toBe('ab');
  });
});

describe('fleet file', () => {
  it('reads back what it writes, and names the plan and field of a bad one', () => {
    const one = {
      format: 'asa-license-plan/1' as const,
      name: 'a',
      startDate: '2027-01-04',
      horizonDays: 1095,
      deployment: {
        mode: 'standalone' as const,
        contextMode: 'single' as const,
        units: [{ id: 'fw', model: 'asa-5545-x' as const, permanent: { tier: 'base' as const, features: {} }, timeBased: [] }],
      },
      events: [],
    };
    const r = readFleetText(fleetText({ name: 'E', plans: [one] }));
    expect(r.ok && r.fleet.plans[0]!.name).toBe('a');
    const bad = readFleetText('{"format":"asa-license-fleet/1","plans":[{"format":"asa-license-plan/1","startDate":"2027-13-01","deployment":{"units":[]}}]}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages[0]).toMatch(/^plans\[0\]\.startDate/);
    expect(readFleetText('{').ok).toBe(false);
  });
});
