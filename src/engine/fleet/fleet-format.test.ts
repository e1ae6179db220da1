import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan';
import { FLEET_FORMAT, parseFleet, serializeFleet } from './fleet-format';

const plan = (name: string, site?: string) => ({
  format: 'asa-license-plan/1',
  name,
  ...(site !== undefined ? { site } : {}),
  startDate: '2027-01-04',
  deployment: {
    units: [{ id: 'fw', model: 'asa-5545-x', permanent: { tier: 'base', features: { 'security-contexts': 10 } }, timeBased: [{ id: 'ac', features: { 'anyconnect-peers': 2500 }, days: 365 }] }],
  },
});

describe('fleet format', () => {
  it('round-trips a fleet: the same plans come back, site included', () => {
    const first = parseFleet({ format: FLEET_FORMAT, name: 'Estate', plans: [plan('a', 'Berlin'), plan('b')] });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.fleet.plans.map((p) => [p.name, p.site])).toEqual([
      ['a', 'Berlin'],
      ['b', undefined],
    ]);
    const again = parseFleet(JSON.parse(serializeFleet(first.fleet)));
    expect(again).toEqual(first);
  });

  it('each plan is a plan of plan-format.md: parsePlan reads it alone, and the site extension changes nothing else', () => {
    const withSite = parsePlan(plan('a', 'Lyon'));
    const without = parsePlan(plan('a'));
    expect(withSite.ok && without.ok).toBe(true);
    if (!withSite.ok || !without.ok) return;
    const { site, ...rest } = withSite.plan;
    expect(site).toBe('Lyon');
    expect(rest).toEqual(without.plan);
  });

  it('refuses another format, naming the field', () => {
    const r = parseFleet({ format: 'asa-license-plan/1', plans: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/^format: "asa-license-plan\/1" is not a fleet file/);
  });

  it('names a bad plan by its index and the field by its path', () => {
    const bad = { ...plan('x'), deployment: { units: [{ id: 'fw', model: 'asa-9999' }] } };
    const r = parseFleet({ format: FLEET_FORMAT, name: 'E', plans: [plan('ok'), bad] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/^plans\[1\]\.deployment\.units\[0\]/);
  });

  it('refuses a site longer than 100 characters, and a fleet that is not an object', () => {
    const r = parseFleet({ format: FLEET_FORMAT, plans: [plan('a', 'x'.repeat(101))] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/^plans\[0\]\.site: .* must be at most 100 characters/);
    expect(parseFleet([]).ok).toBe(false);
    expect(parseFleet({ format: FLEET_FORMAT, plans: 'no' }).ok).toBe(false);
  });

  it('defaults the name', () => {
    const r = parseFleet({ format: FLEET_FORMAT, plans: [] });
    expect(r.ok && r.fleet.name).toBe('Untitled fleet');
  });
});
