// The running AnyConnect peers follow the Secure Client licenses in force each day.
// 001 §"AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses"; 000 §"AnyConnect Plus and Apex Licenses";
// 002/003 §"How do the new licenses work with the ASA?".
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { pakUnit, plan } from '../test-support/plan-builders';

const smartUnit = (id: string, model: string, extra: Record<string, unknown> = {}) => ({
  id,
  model,
  smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { standard: true } },
  ...extra,
});
const withLicenses = (p: ReturnType<typeof plan>, licenses: unknown[]) => ({ ...p, secureClient: { licenses } });
const peersAt = (p: unknown, days: number[], unit: string) => days.map((at) => evaluatePlan(p, { at }).units[unit]!['anyconnect-peers']);

describe('running AnyConnect peers over the Secure Client terms', () => {
  it('a Firepower 2130: unlicensed before a 12-month Plus term starts, the platform maximum during it, unlicensed after it, again during a later term', () => {
    const p = withLicenses(plan({ units: [smartUnit('fw', 'fpr-2130')] }), [
      { id: 'plus-1', type: 'plus', users: 100, startDay: 30, termMonths: 12 },
      { id: 'plus-2', type: 'plus', users: 100, startDay: 500, termMonths: 12 },
    ]);
    const r = evaluatePlan(p, { at: 100 });
    const end = r.secureClient!.licenses[0]!.endDay!;
    expect(end).toBeGreaterThan(390);
    // 001's 2130 table: AnyConnect Plus/Apex/VPN Only maximum 7,500.
    expect(peersAt(p, [0, 29, 30, end - 1, end, 499, 500], 'fw')).toEqual([0, 0, 7500, 7500, 0, 0, 7500]);
    expect(r.provenance.units.fw!['anyconnect-peers']?.rule).toContain('plus-1');
  });

  it('a VPN Only license runs only its own sessions, on its own headend', () => {
    const p = withLicenses(plan({ mode: 'failover', failover: 'active-active', units: [pakUnit({ id: 'a', model: 'asa-5525-x' }), pakUnit({ id: 'b', model: 'asa-5525-x' })] }), [
      { id: 'vpno', type: 'vpn-only', sessions: 300, unit: 'a', startDay: 0 },
    ]);
    const r = evaluatePlan(p, { at: 10 });
    expect(r.units.a!['anyconnect-peers']).toBe(300);
    expect(r.units.b!['anyconnect-peers']).toBe(0);
  });

  it('a PAK ASA 5545-X with an Apex term: the key toggles on the maximum (2500) while the term runs, 0 after', () => {
    const p = withLicenses(plan({ units: [pakUnit({ id: 'fw' })] }), [{ id: 'apex', type: 'apex', users: 50, startDay: 0, termMonths: 12 }]);
    const end = evaluatePlan(p).secureClient!.licenses[0]!.endDay!;
    expect(peersAt(p, [0, end - 1, end], 'fw')).toEqual([2500, 2500, 0]);
    expect(evaluatePlan(p, { at: end }).running['anyconnect-peers']).toBe(0);
  });

  it('no through-the-box VPN without strong encryption: a registered Firepower 1120 with Base (DES) runs no AnyConnect peers', () => {
    const u = smartUnit('fw', 'fpr-1120');
    (u.smart as { exportControlled: boolean }).exportControlled = false;
    const p = withLicenses(plan({ units: [u] }), [{ id: 'plus', type: 'plus', users: 10, startDay: 0, termMonths: 12 }]);
    expect(peersAt(p, [5], 'fw')).toEqual([0]);
  });
});
