import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import type { SmartModelId } from '../types';
import { smartPlan, unit } from '../test-support/smart-plan-fixture';

type Ent = Parameters<typeof unit>[2];

function ha(model: SmartModelId, mode: 'failover' | 'cluster', entitlements: Ent[], smart: Parameters<typeof unit>[3][] = []) {
  return smartPlan(
    entitlements.map((e, i) => unit(`u${i + 1}`, model, e, smart[i] ?? {})),
    { mode, contextMode: 'multiple', ...(mode === 'failover' ? { failover: 'active-standby' as const } : {}) },
  );
}

const codes = (r: ReturnType<typeof evaluatePlan>, severity?: string) => r.issues.filter((i) => !severity || i.severity === severity).map((i) => i.code);

describe('each unit of a Smart pair or cluster shows what it really runs (001 §"Failover or ASA Cluster Licenses")', () => {
  it('4100 cluster: Carrier is a per-unit entitlement from the control unit\'s replicated configuration; every unit runs it and the BOM orders one each (001 §"ASA Cluster Licenses for the Firepower 4100/9300")', () => {
    // 001's example: three Firepower 4112, a 250-context license on the control unit; Carrier added there.
    const r = evaluatePlan(ha('fpr-4112', 'cluster', [{ contexts: 250, carrier: true }, {}, {}]));
    expect(r.valid).toBe(true);
    expect([r.units.u1!.carrier, r.units.u2!.carrier, r.units.u3!.carrier]).toEqual([true, true, true]);
    expect(r.provenance.units.u2!.carrier!.rule).toMatch(/per-unit entitlement: u1's configuration is replicated to u2, which requests its own Carrier license/);
    const carrierLine = r.billOfMaterials!.lines.find((l) => l.pid === 'L-FPR4K-ASA-CAR=')!;
    expect(carrierLine.quantity).toBe(3);
    // The per-unit view and the bill of materials tell the same story.
    expect(Object.values(r.units).filter((u) => u.carrier === true)).toHaveLength(carrierLine.quantity);
    // The aggregated contexts stay 001's: 3 × 10 + 250 = 280, capped at 250.
    expect(r.running['security-contexts']).toBe(250);
    expect(r.units.u2!['security-contexts']).toBe(10);
  });

  it("4100 cluster: Carrier set only on a data unit is not requested (the control unit's configuration replaces it), and the BOM orders none", () => {
    const r = evaluatePlan(ha('fpr-4112', 'cluster', [{}, { carrier: true }]));
    expect(r.units.u2!.carrier).toBe(false);
    expect(r.provenance.units.u2!.carrier!.rule).toMatch(/does not request a Carrier license \(its own setting, true, is replaced\)/);
    expect(r.billOfMaterials!.lines.some((l) => l.pid === 'L-FPR4K-ASA-CAR=')).toBe(false);
  });

  it('9300 cluster: a Strong Encryption license on the control unit is requested by each module (per-unit), so each data unit runs 3DES/AES', () => {
    const r = evaluatePlan(ha('fpr-9300-sm-40', 'cluster', [{ 'strong-encryption': true }, {}], [{ exportControlled: false }, { exportControlled: false }]));
    expect(r.units.u2!.encryption).toBe('3des-aes');
    expect(r.billOfMaterials!.lines.find((l) => l.pid === 'L-F9K-ASA-ENCR-K9=')?.quantity).toBe(2);
  });

  it('9300 cluster: a Context license set on a data unit is unused (the engine warns) and not shown as running (001: 6 modules, 6 × 10 + 20 = 80)', () => {
    const r = evaluatePlan(ha('fpr-9300-sm-40', 'cluster', [{ contexts: 20 }, { contexts: 20 }, {}, {}, {}, {}]));
    expect(codes(r, 'warning')).toContain('smart-secondary-entitlement-unused');
    expect(r.units.u2!['security-contexts']).toBe(10);
    expect(r.provenance.units.u2!['security-contexts']!.rule).toMatch(/u2's own contexts setting is not used: only the control unit requests the Context license/);
    expect(r.running['security-contexts']).toBe(80);
  });

  it("1120 failover: the standby's own 3-context setting is unused and its own view keeps the 2 included (001: 2 + 2 + 3 = 7, capped at 5)", () => {
    const r = evaluatePlan(ha('fpr-1120', 'failover', [{ contexts: 3 }, { contexts: 3 }]));
    expect(r.units.u1!['security-contexts']).toBe(5);
    expect(r.units.u2!['security-contexts']).toBe(2);
    expect(r.running['security-contexts']).toBe(5);
  });

  it("1100 failover: a standby that does not register is 001's documented second choice, not a warning", () => {
    const r = evaluatePlan(ha('fpr-1120', 'failover', [{}, {}], [{}, { method: 'unregistered' }]));
    expect(r.valid).toBe(true);
    expect(codes(r, 'warning')).toEqual([]);
    expect(codes(r)).toEqual(expect.arrayContaining(['smart-standby-needs-no-registration', 'smart-failover-encryption-choices', 'smart-standby-encryption-from-pair']));
    expect(codes(r)).not.toContain('smart-encryption-needs-registration');
  });

  it('4100 failover still needs both units registered (001 §"Failover Licenses for the Firepower 4100/9300"): the mismatch is still reported', () => {
    const r = evaluatePlan(ha('fpr-4112', 'failover', [{}, {}], [{}, { method: 'unregistered' }]));
    expect(codes(r)).toEqual(expect.arrayContaining(['smart-failover-unit-not-registered', 'smart-same-method']));
  });
});
