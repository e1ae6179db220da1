import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/schema';
import type { SmartModelId } from '../types';
import { stretchAt } from '../unit-timeline';
import { combineSmartUnits } from './combine-smart-units';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { smartUnitTimeline } from './smart-unit-timeline';

function ha(
  model: SmartModelId,
  count: number,
  primary: Parameters<typeof unit>[2],
  mode: 'failover' | 'cluster',
  failover: 'active-standby' | 'active-active' = 'active-standby',
  others: Parameters<typeof unit>[2] = {},
): Plan {
  const units = Array.from({ length: count }, (_, i) => unit(`u${i + 1}`, model, i === 0 ? primary : others));
  return smartPlan(units, { mode, contextMode: 'multiple', ...(mode === 'failover' ? { failover } : {}) });
}

/** The caller's view: each unit's own stretch at `day`, then the combination. */
function combineAt(plan: Plan, day = 0) {
  const entries = plan.deployment.units.map((_, i) => {
    const u = smartUnitOf(plan, i);
    const s = stretchAt(smartUnitTimeline(u, plan).stretches, day);
    return { unit: u, license: s.license, provenance: s.provenance };
  });
  return combineSmartUnits(plan, entries);
}

describe('combineSmartUnits: the shared examples (examples/ha/smart-*.json)', () => {
  it.each([
    ['smart-3100-cluster-6-units', 'fpr-3130', 6, 20, 'cluster', 'active-standby', 32, undefined],
    ['smart-4112-cluster-capped', 'fpr-4112', 3, 250, 'cluster', 'active-standby', 250, 280],
    ['smart-9300-cluster-6-modules', 'fpr-9300-sm-44', 6, 20, 'cluster', 'active-standby', 80, undefined],
    ['smart-fpr1120-failover-contexts-capped', 'fpr-1120', 2, 3, 'failover', 'active-standby', 5, 7],
    ['smart-fpr1140-active-active-contexts', 'fpr-1140', 2, 4, 'failover', 'active-active', 8, undefined],
    ['smart-fpr2130-failover-contexts-capped', 'fpr-2130', 2, 30, 'failover', 'active-standby', 30, 34],
  ] as const)('%s: %s × %i with %i on the primary → %i', (_name, model, count, contexts, mode, failover, running, uncapped) => {
    const c = combineAt(ha(model, count, { contexts }, mode, failover));
    expect(c.license['security-contexts']).toBe(running);
    expect(c.provenance['security-contexts']).toMatchObject({ value: running, source: 'combined', keys: ['standard', 'contexts'] });
    expect(c.provenance['security-contexts']?.uncapped).toBe(uncapped);
    expect(c.provenance['security-contexts']?.units).toHaveLength(count);
  });
});

describe("combineSmartUnits: 001's other examples", () => {
  it.each([
    ['fpr-4110', 2, 250, 'failover', 250],
    ['fpr-4110', 2, 10, 'failover', 30],
    ['fpr-2130', 2, 10, 'failover', 14],
    ['fpr-3130', 2, 100, 'failover', 100],
    ['fpr-3130', 2, 10, 'failover', 14],
    ['fpr-3130', 3, 100, 'cluster', 100],
  ] as const)('%s × %i with %i (%s) → %i', (model, count, contexts, mode, running) => {
    expect(combineAt(ha(model, count, { contexts }, mode)).license['security-contexts']).toBe(running);
  });

  it('a Context license on a standby or data unit does not count: only the primary requests it', () => {
    expect(combineAt(ha('fpr-2110', 2, {}, 'failover', 'active-standby', { contexts: 10 })).license['security-contexts']).toBe(4);
  });

  it('before the primary registers only the included contexts count', () => {
    const plan = smartPlan([unit('a', 'fpr-2110', { contexts: 10 }, { registeredDay: 20 }), unit('b', 'fpr-2110')], { mode: 'failover', failover: 'active-standby', contextMode: 'multiple' });
    expect(combineAt(plan, 0).license['security-contexts']).toBe(4);
    expect(combineAt(plan, 20).license['security-contexts']).toBe(14);
  });

  it('failover: Carrier and manual Strong Encryption requested by the active unit, shared by both', () => {
    const plan = smartPlan([unit('a', 'fpr-4125', { carrier: true, 'strong-encryption': true }, { exportControlled: false }), unit('b', 'fpr-4125', {}, { exportControlled: false })], {
      mode: 'failover',
      failover: 'active-standby',
    });
    const c = combineAt(plan);
    expect(c.license).toMatchObject({ carrier: true, encryption: '3des-aes' });
    expect(c.provenance.carrier?.rule).toMatch(/Only the active unit \(a\) requests/);
    expect(c.issues).toEqual([]);
  });

  it('4100/9300 cluster: Carrier and Strong Encryption are per-unit entitlements', () => {
    const plan = smartPlan([unit('m1', 'fpr-9300-sm-56', { carrier: true }, { exportControlled: true }), unit('m2', 'fpr-9300-sm-56', {}, { exportControlled: false })], { mode: 'cluster' });
    const c = combineAt(plan);
    expect(c.license.carrier).toBe(true);
    expect(c.provenance.carrier?.rule).toMatch(/each unit requests its own Carrier license/);
    expect(c.license.encryption).toBe('des');
    expect(c.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-encryption-differs' })]);
  });

  it('1010 pair: failover only if both units have Security Plus', () => {
    const both = smartPlan([unit('a', 'fpr-1010', { 'security-plus': true }), unit('b', 'fpr-1010', { 'security-plus': true })], { mode: 'failover', failover: 'active-standby' });
    expect(combineAt(both).license.failover).toBe('active-standby');
    const one = smartPlan([unit('a', 'fpr-1010', { 'security-plus': true }), unit('b', 'fpr-1010')], { mode: 'failover', failover: 'active-standby' });
    expect(combineAt(one).license.failover).toBe('unsupported');
  });

  it('ASA virtual pair: platform values of the active unit', () => {
    const plan = smartPlan([unit('a', 'asav', { throughput: '10G' }, {}, { memoryGB: 16 }), unit('b', 'asav', { throughput: '10G' }, {}, { memoryGB: 16 })], {
      mode: 'failover',
      failover: 'active-standby',
    });
    expect(combineAt(plan).license).toMatchObject({ throughput: '10G', 'firewall-conns': 2_000_000, 'uc-proxy-sessions': 10_000, 'security-contexts': 'unsupported' });
  });

  it('nothing to combine', () => {
    expect(combineSmartUnits(ha('fpr-2110', 2, {}, 'failover'), [])).toEqual({ license: {}, provenance: {}, issues: [] });
  });
});
