import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/schema';
import { evaluateFleet } from './fleet-evaluate';
import { fleetCalendar } from './fleet-calendar';
import { fleetRefresh } from './fleet-refresh';
import { renewalMonths } from './fleet-renewals';
import { evaluatePlan } from '../evaluate';
import { renewalList } from '../renewals/renewal-list';

const read = (p: unknown): Plan => {
  const r = parsePlan(p);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
};

// A 5545-X whose Botnet Traffic Filter key lasts 180 days (000 §"Time-Based License Expiration": the
// permanent value returns; Botnet is time-based only), in Berlin; a Secure Client Plus term of 12 months on top.
const pak = read({
  format: 'asa-license-plan/1',
  name: 'dc-edge',
  site: 'Berlin',
  startDate: '2027-01-04',
  deployment: {
    units: [
      {
        id: 'fw',
        model: 'asa-5545-x',
        permanent: { tier: 'base', features: { 'security-contexts': 10, encryption: '3des-aes' } },
        timeBased: [{ id: 'btf', features: { 'botnet-traffic-filter': true }, days: 180 }],
      },
    ],
  },
  secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 12 }] },
});
// A Firepower 2130 pair, Smart-licensed: nothing of it expires.
const smart = read({
  format: 'asa-license-plan/1',
  name: 'branch',
  startDate: '2027-02-01',
  deployment: {
    mode: 'failover',
    failover: 'active-standby',
    units: [
      { id: 'a', model: 'fpr-2130', smart: { method: 'regular', exportControlled: true, entitlements: { standard: true } } },
      { id: 'b', model: 'fpr-2130', smart: { method: 'regular', exportControlled: true, entitlements: { standard: true } } },
    ],
  },
});

describe('evaluateFleet', () => {
  const fleet = evaluateFleet([pak, smart]);

  it('gives one row per deployment with the engine running values and the next expiry and order-by date', () => {
    const [a, b] = fleet.rows as [(typeof fleet.rows)[0], (typeof fleet.rows)[0]];
    expect([a.model, a.units, a.mode, a.licensing, a.site]).toEqual(['asa-5545-x', 1, 'standalone', 'PAK', 'Berlin']);
    expect(a.running['encryption']).toBe('3des-aes');
    expect(a.running['security-contexts']).toBe(10);
    // Day 180 of a plan starting 2027-01-04; ordered 30 days ahead (the default purchase lead time).
    expect(a.nextExpiry).toBe('2027-07-03');
    expect(a.nextOrderBy).toBe('2027-06-03');
    expect([b.model, b.units, b.mode, b.licensing, b.nextExpiry]).toEqual(['fpr-2130', 2, 'failover', 'Smart', null]);
  });

  it('lists every expiry of the fleet in date order: the key lapse and the Secure Client term end', () => {
    expect(fleet.renewals.map((r) => [r.kind, r.date, r.planName])).toEqual([
      ['time-based-key', '2027-07-03', 'dc-edge'],
      ['secure-client', '2028-01-04', 'dc-edge'],
    ]);
    expect([fleet.renewals[0]!.what, fleet.renewals[0]!.detail]).toEqual(['Botnet Traffic Filter (fw/btf)', 'Enabled → Disabled: it switches off (no permanent license has it)']);
    expect(fleet.renewals[1]!.order).toMatch(/^L-AC-PLS-LIC=/);
  });

  it("is each plan's own renewalList with the plan's name, concatenated and sorted by date then order-by (one rule, not two)", () => {
    // The Smart plan's evaluation ends (001 §"Evaluation License": 90 days, then out of compliance until it registers).
    const unregistered = read({
      ...smart,
      name: 'lab',
      startDate: '2027-01-10',
      deployment: { ...smart.deployment, units: smart.deployment.units.map((u) => ({ ...u, smart: { method: 'unregistered', exportControlled: true, entitlements: { standard: true } } })) },
    });
    const plans = [pak, unregistered];
    const own = plans.flatMap((p, i) => renewalList(p, evaluatePlan(p)).map((e) => ({ ...e, plan: i, planName: p.name, site: p.site ?? '' })));
    const expected = own.sort((a, b) => a.date.localeCompare(b.date) || a.orderByDate.localeCompare(b.orderByDate) || a.plan - b.plan);
    const listed = evaluateFleet(plans).renewals;
    expect(listed).toEqual(expected);
    expect(listed.map((r) => [r.planName, r.kind, r.date, r.orderByDate])).toEqual([
      // 2027-01-10 + 90 days = 2027-04-10, ordered 30 days ahead.
      ['lab', 'smart', '2027-04-10', '2027-03-11'],
      ['dc-edge', 'time-based-key', '2027-07-03', '2027-06-03'],
      ['dc-edge', 'secure-client', '2028-01-04', '2027-12-05'],
    ]);
    expect(listed[0]!.what).toMatch(/^Evaluation period of [ab]$/);
  });

  it('sees the fleet on an as-of date: expiries already past drop out', () => {
    const later = evaluateFleet([pak], { asOfDate: '2027-08-01' });
    expect(later.renewals.map((r) => r.kind)).toEqual(['secure-client']);
    expect(later.rows[0]!.nextExpiry).toBe('2028-01-04');
    expect(later.rows[0]!.nextOrderBy).toBe('2027-12-05');
  });

  it('counts the plan issues per row', () => {
    const bad = read({
      format: 'asa-license-plan/1',
      name: 'x',
      startDate: '2027-01-04',
      deployment: { units: [{ id: 'fw', model: 'asa-5506-x', permanent: { tier: 'base' }, timeBased: [{ id: 'k', features: { 'botnet-traffic-filter': true }, days: 30 }] }] },
    });
    const row = evaluateFleet([bad]).rows[0]!;
    // 000 §"Time-Based Licenses": the 5506-X takes no time-based keys.
    expect(row.errors + row.warnings).toBeGreaterThan(0);
  });

  it('counts expiries per month, empty months included', () => {
    const months = renewalMonths(fleet.renewals);
    expect(months.length).toBe(7);
    expect(months[0]).toEqual({ month: '2027-07', 'time-based-key': 1, smart: 0, 'secure-client': 0 });
    expect(months[6]).toEqual({ month: '2028-01', 'time-based-key': 0, smart: 0, 'secure-client': 1 });
  });

  it('reports progress after each plan', () => {
    const seen: number[] = [];
    evaluateFleet([pak, smart, pak], {}, (done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('fleetCalendar', () => {
  it('writes an order-by reminder and the expiry day per item, escaped and without control characters', () => {
    const { renewals } = evaluateFleet([{ ...pak, name: 'edge,\u0007one' }]);
    const ics = fleetCalendar('Estate', renewals);
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBe(4);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270603\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270703\r\n');
    expect(ics).toContain('SUMMARY:edge\\,one (Berlin)');
    expect(ics).not.toContain('\u0007');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});

describe('fleetRefresh', () => {
  it('takes the refresh advice of each PAK deployment and sums the orders into one bill of materials', () => {
    const r = fleetRefresh([pak, smart, pak]);
    expect(r.plans[1]!.skipped).toMatch(/Smart-licensed/);
    const model = r.plans[0]!.model!;
    expect(r.plans[2]!.model).toBe(model);
    expect(r.hardware).toEqual([{ model, modelName: r.plans[0]!.modelName, units: 2 }]);
    for (const line of r.plans[0]!.order) {
      const summed = r.bom.find((b) => b.pid === line.pid && b.term === line.term)!;
      expect(summed.quantity).toBe(line.quantity * 2);
      expect(summed.deployments).toBe(2);
    }
    // The sizing engine's refresh advice for this 5545-X ranks the ASAv first and orders one L-ASAV50S-K9=
    // (001 §"ASA Virtual PIDs") and 2,500 Secure Client Plus users for 12 months; the fleet sums the two PAK deployments.
    expect(r.bom.map((b) => [b.pid, b.quantity, b.term, b.deployments])).toEqual([
      ['L-AC-PLS-LIC=', 5000, '12 months', 2],
      ['L-ASAV50S-K9=', 2, null, 2],
    ]);
    expect(r.hardware.map((h) => [h.model, h.units])).toEqual([['asav', 2]]);
  });
});
