import { describe, expect, it } from 'vitest';
import { smartPlan, unit } from '../test-support/smart-plan-fixture';
import { smartBillOfMaterials, subscriptionFor } from './smart-bill-of-materials';

const pidQty = (plan: ReturnType<typeof smartPlan>) => smartBillOfMaterials(plan).lines.map((l) => [l.pid, l.quantity]);

describe('smartBillOfMaterials (001 §"License PIDs")', () => {
  it('Firepower 2110 with 23 contexts: Standard and the fewest packs (10 + 10 + 5)', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110', { contexts: 23 })], { contextMode: 'multiple' });
    const bom = smartBillOfMaterials(plan);
    expect(bom.lines.map((l) => [l.pid, l.quantity])).toEqual([
      ['L-FPR2100-ASA=', 1],
      ['L-FPR2K-ASASC-10=', 2],
      ['L-FPR2K-ASASC-5=', 1],
    ]);
    expect(bom.lines[0]).toMatchObject({ unit: 'fw', cite: '001 §"Firepower 2100 PIDs"' });
    expect(bom.issues).toEqual([expect.objectContaining({ severity: 'info', code: 'bom-context-packs-surplus' })]);
  });

  it('over the model maximum: warns, says what to request, sizes the packs for it', () => {
    const bom = smartBillOfMaterials(smartPlan([unit('fw', 'fpr-1120', { contexts: 10 })], { contextMode: 'multiple' }));
    expect(bom.issues[0]).toMatchObject({ severity: 'warning', code: 'bom-contexts-over-max', message: expect.stringContaining('request 3 instead') });
    expect(bom.lines.map((l) => [l.pid, l.quantity])).toEqual([
      ['L-FPR1000-ASA=', 1],
      ['L-FPR1K-ASASC-5=', 1],
    ]);
  });

  it('Firepower 1010: Security Plus and the manual Strong Encryption license', () => {
    expect(pidQty(smartPlan([unit('fw', 'fpr-1010', { 'security-plus': true, 'strong-encryption': true }, { exportControlled: false })]))).toEqual([
      ['L-FPR1000-ASA=', 1],
      ['L-FPR1010-SEC-PL=', 1],
      ['L-FPR1K-ENC-K9=', 1],
    ]);
  });

  it('Firepower 1010 pair: both units need Standard and Security Plus', () => {
    const plan = smartPlan([unit('a', 'fpr-1010', { 'security-plus': true }), unit('b', 'fpr-1010', { 'security-plus': true })], { mode: 'failover', failover: 'active-standby' });
    const lines = smartBillOfMaterials(plan).lines;
    expect(lines.map((l) => [l.pid, l.quantity, l.units])).toEqual([
      ['L-FPR1000-ASA=', 2, ['a', 'b']],
      ['L-FPR1010-SEC-PL=', 2, ['a', 'b']],
    ]);
    expect(lines[0]!.unit).toBeUndefined();
  });

  it('Firepower 2130 pair with 30 contexts: only the active unit requests; packs for 26', () => {
    const plan = smartPlan([unit('a', 'fpr-2130', { contexts: 30 }), unit('b', 'fpr-2130')], { mode: 'failover', failover: 'active-standby', contextMode: 'multiple' });
    const bom = smartBillOfMaterials(plan);
    expect(bom.lines.map((l) => [l.pid, l.quantity])).toEqual([
      ['L-FPR2100-ASA=', 1],
      ['L-FPR2K-ASASC-10=', 3],
    ]);
    expect(bom.issues[0]!.message).toContain('request 26 instead');
  });

  it('Secure Firewall 3100 cluster × 6 with 20 contexts: a Standard license per unit, 2 × 10 contexts', () => {
    const units = Array.from({ length: 6 }, (_, i) => unit(`u${i + 1}`, 'fpr-3130', i === 0 ? { contexts: 20 } : {}));
    expect(pidQty(smartPlan(units, { mode: 'cluster', contextMode: 'multiple' }))).toEqual([
      ['L-FPR3130-BSE=', 6],
      ['L-FPR3K-ASASC-10=', 2],
    ]);
  });

  it('Firepower 4112 cluster × 3 with 250: packs for 220 (one 230-pack)', () => {
    const units = [unit('u1', 'fpr-4112', { contexts: 250 }), unit('u2', 'fpr-4112'), unit('u3', 'fpr-4112')];
    expect(pidQty(smartPlan(units, { mode: 'cluster', contextMode: 'multiple' }))).toEqual([
      ['L-FPR4100-ASA=', 1],
      ['L-FPR4K-ASASC-230=', 1],
    ]);
  });

  it('Firepower 9300 cluster: Carrier and Strong Encryption per unit, Standard and contexts on the control unit', () => {
    const units = [
      unit('m1', 'fpr-9300-sm-44', { contexts: 20, carrier: true, 'strong-encryption': true }, { exportControlled: false }),
      unit('m2', 'fpr-9300-sm-44', {}, { exportControlled: false }),
      unit('m3', 'fpr-9300-sm-44', {}, { exportControlled: false }),
    ];
    expect(pidQty(smartPlan(units, { mode: 'cluster', contextMode: 'multiple' }))).toEqual([
      ['L-F9K-ASA=', 1],
      ['L-F9K-ASA-CAR=', 3],
      ['L-F9K-ASA-ENCR-K9=', 3],
      ['L-F9K-ASA-SC-10=', 2],
    ]);
  });

  it('Firepower 4100 failover: Carrier only on the active unit', () => {
    const plan = smartPlan([unit('a', 'fpr-4145', { carrier: true }), unit('b', 'fpr-4145')], { mode: 'failover', failover: 'active-standby' });
    expect(pidQty(plan)).toEqual([
      ['L-FPR4100-ASA=', 1],
      ['L-FPR4K-ASA-CAR=', 1],
    ]);
  });

  it('ASA virtual: the entitlement PID per unit; ASAv100 as a subscription covering the horizon', () => {
    expect(pidQty(smartPlan([unit('v', 'asav', { throughput: '1G' }, {}, { memoryGB: 4 })]))).toEqual([['L-ASAV10S-K9=', 1]]);
    const pairPlan = smartPlan([unit('a', 'asav', { throughput: '20G' }, {}, { memoryGB: 32 }), unit('b', 'asav', { throughput: '20G' }, {}, { memoryGB: 32 })], {
      mode: 'failover',
      failover: 'active-standby',
    });
    const bom = smartBillOfMaterials(pairPlan);
    expect(bom.lines).toEqual([expect.objectContaining({ pid: 'L-ASAV100S-3Y=', quantity: 2, termYears: 3 })]);
    expect(bom.issues.map((i) => i.code)).toEqual(['bom-asav100-subscription', 'bom-asav100-subscription']);
  });

  it.each([
    [365, 'L-ASAV100S-1Y='],
    [366, 'L-ASAV100S-3Y='],
    [1095, 'L-ASAV100S-3Y='],
    [1825, 'L-ASAV100S-5Y='],
    [3000, 'L-ASAV100S-5Y='],
  ])('a %i-day horizon takes %s', (days, pid) => {
    expect(
      subscriptionFor(
        [
          { pid: 'L-ASAV100S-1Y=', termYears: 1 },
          { pid: 'L-ASAV100S-3Y=', termYears: 3 },
          { pid: 'L-ASAV100S-5Y=', termYears: 5 },
        ],
        days,
      ).pid,
    ).toBe(pid);
  });

  it('PLR: one permanent license per unit, nothing else', () => {
    expect(pidQty(smartPlan([unit('fw', 'fpr-4110', { contexts: 240, carrier: true }, { method: 'plr' })], { contextMode: 'multiple' }))).toEqual([['L-FPR4K-ASA-BPU=', 1]]);
    expect(pidQty(smartPlan([unit('v', 'asav', { throughput: '10G' }, { method: 'plr' }, { memoryGB: 16 })]))).toEqual([['L-ASAV50SR-K9=', 1]]);
    const pairPlan = smartPlan([unit('a', 'fpr-1140', {}, { method: 'plr' }), unit('b', 'fpr-1140', {}, { method: 'plr' })], { mode: 'failover', failover: 'active-standby' });
    expect(pidQty(pairPlan)).toEqual([['L-FPR1K-ASA-BPU=', 2]]);
  });
});
