import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import type { Plan, SmartUnit } from '../plan/schema';
import { importDeviceText } from './index';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const START = { startDate: '2027-03-01' };

function planOf(text: string): Plan {
  const r = importDeviceText(text, START);
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return r.plan!;
}

describe('a licensed ASAv printing "Carrier : Enabled" imports (001 §"ASA Virtual": Carrier Enabled)', () => {
  it('pay-as-you-go (no entitlement line): imports, Carrier recorded as observed with a note, throughput read from the 2G session limits', () => {
    const r = importDeviceText(fixture('asav-payg-carrier-enabled.txt'), START);
    const unit = r.plan!.deployment.units[0] as SmartUnit;
    expect(unit.smart.entitlements).toMatchObject({ carrier: false, throughput: '2G' });
    expect(unit.observed).toEqual([
      { feature: 'carrier', value: true, line: 33, note: expect.stringContaining('as the ASA Virtual (ASAv) table gives (Carrier: Enabled'), cite: '001 §"ASA Virtual"' },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['import-carrier-included', 'import-asav-throughput-from-rows']));
    // 001 §"ASA Virtual": 2 Gbps entitlement — AnyConnect 750, Other VPN 1000, TLS proxy 1000.
    expect(r.issues.find((i) => i.code === 'import-asav-throughput-from-rows')!.message).toContain('AnyConnect Premium Peers 750');
    const result = evaluatePlan(r.plan);
    expect(result.valid).toBe(true);
    expect(result.running.carrier).toBe(true);
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'info', code: 'observed-value-kept', path: 'deployment.units[0].observed[0]', cite: '001 §"ASA Virtual"' }));
  });

  it('PLR ("License reservation: enabled"): imports as PLR with Carrier observed', () => {
    const text = fixture('asav-payg-carrier-enabled.txt').replace('License mode: Pay-As-You-Go', 'License reservation: ENABLED');
    const plan = planOf(text);
    const unit = plan.deployment.units[0] as SmartUnit;
    expect(unit.smart.method).toBe('plr');
    expect(unit.observed?.map((o) => [o.feature, o.value])).toEqual([['carrier', true]]);
    expect(evaluatePlan(plan).valid).toBe(true);
  });

  it('a model with a Carrier license still takes it as an entitlement (Firepower 4100 "Carrier: Disabled — Optional License")', () => {
    const text = 'Hardware:   FPR4K-SM-24, 73850 MB RAM\nLicensed features for this platform:\nSecurity Contexts : 10\nCarrier : Enabled\n';
    const r = importDeviceText(text, START);
    expect((r.plan!.deployment.units[0] as SmartUnit).smart.entitlements.carrier).toBe(true);
    expect(r.plan!.deployment.units[0]!.observed).toBeUndefined();
    expect(r.issues.map((i) => i.code)).not.toContain('import-carrier-included');
  });
});

describe('a printed value that contradicts the catalog is kept as observed, with a note citing the table', () => {
  it('9.12 ASA 5512-X Base printing Security Contexts 2 (000: Base "No support"): kept as observed, not dropped; the figures follow the table', () => {
    const r = importDeviceText(fixture('asa-5512-x-base-9-12-contexts-2.txt'), START);
    const plan = r.plan!;
    const unit = plan.deployment.units[0]!;
    expect(unit.observed).toContainEqual({
      feature: 'security-contexts',
      value: 2,
      line: 30,
      note: expect.stringMatching(/Security Contexts 2; the ASA 5512-X Base table gives No support\. Kept as observed/),
      cite: '000 §"ASA 5512-X License Features"',
    });
    // VLANs 100 (Base 50) and Failover Active/Standby (Base: No support) are kept too.
    expect(unit.observed?.map((o) => [o.feature, o.value])).toEqual([
      ['vlans', 100],
      ['failover', 'active-standby'],
      ['security-contexts', 2],
    ]);
    const result = evaluatePlan(plan);
    expect(result.valid).toBe(true);
    expect(result.running['security-contexts']).toBe('unsupported');
    expect(result.running.vlans).toBe(50);
    expect(result.issues.filter((i) => i.code === 'observed-value-kept')).toHaveLength(3);
  });

  it('the plan format extension is checked: an unknown feature is refused with its path', () => {
    const plan = {
      format: 'asa-license-plan/1',
      startDate: '2027-01-01',
      deployment: { mode: 'standalone', units: [{ id: 'a', model: 'asa-5512-x', observed: [{ feature: 'warp-drive', value: 1, note: 'x' }] }] },
    };
    const result = evaluatePlan(plan);
    expect(result.valid).toBe(false);
    expect(result.issues[0]!.path).toMatch(/^deployment\.units\[0\]\.observed\[0\]\.feature/);
  });
});
