// 001 §"Failover Licenses for the Firepower 2100" (same for the 1100): "register the active unit …;
// both units will get strong encryption from the aggregated license."
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { plan } from '../test-support/plan-builders';

const unit = (id: string, smart: Record<string, unknown>) => ({ id, model: 'fpr-2130', smart: { entitlements: { standard: true }, ...smart } });
const pair = (active: Record<string, unknown>) => plan({ units: [unit('a', active), unit('b', { method: 'unregistered' })] });

describe('an unregistered Firepower 2100 standby: its own encryption', () => {
  it('DES until the active unit registers with the export-controlled token on day 10, then 3DES/AES as the pair runs', () => {
    const p = pair({ method: 'regular', registeredDay: 10, exportControlled: true });
    const before = evaluatePlan(p, { at: 5 });
    expect([before.running.encryption, before.units.a?.encryption, before.units.b?.encryption]).toEqual(['des', 'des', 'des']);
    const after = evaluatePlan(p, { at: 20 });
    expect([after.running.encryption, after.units.a?.encryption, after.units.b?.encryption]).toEqual(['3des-aes', '3des-aes', '3des-aes']);
    expect(after.provenance.units.b?.encryption).toMatchObject({ value: '3des-aes', keys: ['export-controlled token'], cite: '001 §"Failover Licenses for the Firepower 2100"' });
    expect(after.provenance.units.b?.encryption?.rule).toContain('from day 10 the active unit a registers with the export-controlled token');
  });

  it('the same with a Strong Encryption license the active unit requests (no token): both units can use it', () => {
    const r = evaluatePlan(pair({ method: 'regular', registeredDay: 0, exportControlled: false, entitlements: { standard: true, 'strong-encryption': true } }), { at: 0 });
    expect(r.units.b?.encryption).toBe('3des-aes');
    expect(r.provenance.units.b?.encryption?.rule).toContain('through license aggregation');
  });

  it('stays DES when the active unit has no strong encryption, or never registers', () => {
    expect(evaluatePlan(pair({ method: 'regular', registeredDay: 0, exportControlled: false }), { at: 100 }).units.b?.encryption).toBe('des');
    expect(evaluatePlan(pair({ method: 'unregistered', exportControlled: true }), { at: 100 }).units.b?.encryption).toBe('des');
  });
});
