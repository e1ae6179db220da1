import { describe, expect, it } from 'vitest';
import { planSchema } from '../plan/schema';
import { smartPlan, unit } from '../test-support/smart-plan-fixture';
import { planBillOfMaterials } from './plan-bill-of-materials';

const pak = (units: unknown[], rest: Record<string, unknown> = {}) =>
  planSchema.parse({
    format: 'asa-license-plan/1',
    name: 't',
    startDate: '2027-01-01',
    horizonDays: 1095,
    deployment: { mode: units.length > 1 ? 'failover' : 'standalone', ...(units.length > 1 ? { failover: 'active-standby' } : {}), contextMode: 'multiple', units },
    ...rest,
  });

const rows = (plan: Parameters<typeof planBillOfMaterials>[0]) => planBillOfMaterials(plan).lines.map((l) => [l.pid, l.quantity, l.term, l.units]);

describe('planBillOfMaterials', () => {
  it('PAK: each optional license of the permanent key and each time-based key, named (000 gives no PIDs)', () => {
    const plan = pak([
      {
        id: 'fw-a',
        model: 'asa-5512-x',
        permanent: { tier: 'security-plus', features: { 'security-contexts': 5 } },
        timeBased: [
          { id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 365, installDay: 0, active: true, evaluation: false },
          { id: 'btf-2', features: { 'botnet-traffic-filter': true }, days: 365, installDay: 0, active: false, evaluation: false },
        ],
      },
    ]);
    const bom = planBillOfMaterials(plan);
    expect(rows(plan)).toEqual([
      ['Security Plus license', 1, null, ['fw-a']],
      ['Security Contexts 5 license', 1, null, ['fw-a']],
      // 000 §"Stacking Time-Based Licenses": two identical 365-day keys are one line of quantity 2.
      ['Botnet Traffic Filter 365-day key', 2, '365 days', ['fw-a']],
    ]);
    expect(bom.lines.every((l) => !l.isPid && l.cite.includes('000 §"Order License PAKs and Obtain an Activation Key"'))).toBe(true);
    expect(bom.lines[2]!.cite).toContain('000 §"Time-Based Licenses"');
  });

  it('PAK: a Base unit with nothing above its tier orders nothing (the Base license is pre-installed)', () => {
    expect(rows(pak([{ id: 'fw', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [] }]))).toEqual([]);
  });

  it('Smart: a 3-unit Firepower 4110 cluster running 60 contexts orders Standard ×3, Carrier ×3 and three 10-packs (001 §"Firepower 4100 PIDs")', () => {
    const units = ['a', 'b', 'c'].map((id, i) => unit(id, 'fpr-4110', i === 0 ? { contexts: 30, carrier: true } : { carrier: true }));
    const lines = planBillOfMaterials(smartPlan(units, { mode: 'cluster', contextMode: 'multiple' })).lines;
    const byPid = Object.fromEntries(lines.map((l) => [l.pid, l]));
    expect(byPid['L-FPR4K-ASASC-10=']).toMatchObject({ quantity: 3, kind: 'smart', isPid: true, units: ['a'] });
    expect(lines.every((l) => l.cite.startsWith('001'))).toBe(true);
  });

  it('Secure Client: the banding SKUs by users and term, VPN Only per headend with its support contract', () => {
    const plan = pak([{ id: 'fw-a', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [] }], {
      secureClient: {
        licenses: [
          { id: 'plus-1', type: 'plus', users: 873, startDay: 0, termMonths: 30 },
          { id: 'apex-1', type: 'apex', users: 200, startDay: 0, termMonths: 36 },
          { id: 'eval', type: 'apex-evaluation', startDay: 0 },
        ],
      },
    });
    const bom = planBillOfMaterials(plan);
    expect(rows(plan)).toEqual([
      ['L-AC-PLS-LIC=', 873, '30 months', []],
      ['L-AC-APX-LIC=', 200, '36 months', []],
    ]);
    expect(bom.notes).toEqual([expect.objectContaining({ code: 'bom-apex-evaluation' })]);
    const vpno = pak([{ id: 'fw-a', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [] }], {
      secureClient: { licenses: [{ id: 'v', type: 'vpn-only', sessions: 500, unit: 'fw-a', startDay: 0 }] },
    });
    expect(rows(vpno)).toEqual([
      ['L-AC-VPNO-xxxx=', 1, null, ['fw-a']],
      ['SWSS support contract', 1, 'contract term', ['fw-a']],
    ]);
  });

  it('PAK: identical time-based keys make one line however many keys lie between them; a different value, duration or an evaluation key is a line of its own (000 §"Stacking Time-Based Licenses")', () => {
    const key = (id: string, features: Record<string, unknown>, days: number, evaluation = false) => ({ id, features, days, installDay: 0, active: false, evaluation });
    const plan = pak([
      {
        id: 'fw-a',
        model: 'asa-5555-x',
        permanent: { tier: 'base', features: {} },
        timeBased: [
          key('c5', { 'security-contexts': 5 }, 365),
          key('btf', { 'botnet-traffic-filter': true }, 365),
          key('c10', { 'security-contexts': 10 }, 365),
          key('c5-180', { 'security-contexts': 5 }, 180),
          key('c5-eval', { 'security-contexts': 5 }, 365, true),
          key('both', { 'security-contexts': 5, 'botnet-traffic-filter': true }, 365),
          key('c5-again', { 'security-contexts': 5 }, 365),
          // The same two features written in the other order: the same key.
          key('both-again', { 'botnet-traffic-filter': true, 'security-contexts': 5 }, 365),
          key('btf-again', { 'botnet-traffic-filter': true }, 365),
        ],
      },
    ]);
    expect(rows(plan)).toEqual([
      ['Security Contexts 5 365-day key', 2, '365 days', ['fw-a']],
      ['Botnet Traffic Filter 365-day key', 2, '365 days', ['fw-a']],
      ['Security Contexts 10 365-day key', 1, '365 days', ['fw-a']],
      ['Security Contexts 5 180-day key', 1, '180 days', ['fw-a']],
      ['Security Contexts 5 365-day key', 1, '365 days', ['fw-a']],
      ['Security Contexts 5 + Botnet Traffic Filter 365-day key', 2, '365 days', ['fw-a']],
    ]);
    expect(planBillOfMaterials(plan).lines[4]!.for).toMatch(/^Evaluation key/);
  });
});
