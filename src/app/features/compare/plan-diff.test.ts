import { describe, expect, it } from 'vitest';
import { analyzePlan, evaluatePlan, resultAt, type Plan } from '../../../engine/index';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { dayFor, diffKeys, diffLapses, diffPlans, diffRunning, type DiffSide } from './plan-diff';

function before(): Plan {
  let p = newPlan('2027-01-01', 'Before renewal');
  p = applyCommand(p, { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
  p = applyCommand(p, { type: 'set-deployment-mode', mode: 'failover' });
  return applyCommand(p, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0 });
}

/** The same pair with an identical Botnet key stacked on day 300 (000 §"Stacking Time-Based Licenses"). */
function after(): Plan {
  const p = applyCommand({ ...before(), name: 'After renewal' }, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 365, installDay: 300 });
  return p;
}

const side = (plan: Plan, date: string): DiffSide => ({ plan, result: evaluatePlan(plan, { at: dayFor(plan, date) }) });

describe('comparing two plans', () => {
  it('finds the plan’s day for a calendar date, within range', () => {
    expect(dayFor({ startDate: '2027-01-01' }, '2028-01-01')).toBe(365);
    expect(dayFor({ startDate: '2027-01-01' }, '2026-12-01')).toBe(0);
    expect(dayFor({ startDate: '2027-01-01' }, 'nonsense')).toBe(0);
  });

  it('lists every feature with both values and marks the ones that differ', () => {
    const rows = diffRunning({ vlans: 100, 'botnet-traffic-filter': false }, { vlans: 100, 'botnet-traffic-filter': true, 'security-contexts': 5 });
    expect(rows.map((r) => [r.feature, r.a, r.b, r.changed])).toEqual([
      ['vlans', 100, 100, false],
      ['botnet-traffic-filter', false, true, true],
      ['security-contexts', undefined, 5, true],
    ]);
  });

  it('after the renewal key, Botnet runs on a date where it had lapsed before', () => {
    const diff = diffPlans(side(before(), '2028-02-01'), side(after(), '2028-02-01'));
    expect(diff.running.find((r) => r.feature === 'botnet-traffic-filter')).toMatchObject({ a: false, b: true, changed: true });
    expect(diff.changedCount).toBe(1);
    expect(diff.timeline.map((d) => d.message)).toEqual([
      'Botnet Traffic Filter lapses 2027-12-31 in A, covered until 2028-12-30 in B',
      'Key fw-a/key-1 expires 2027-12-31 in A, 2028-12-30 in B',
      'Key fw-a/key-2 (Botnet Traffic Filter) only in B: stacked onto key-1',
    ]);
  });

  it('is symmetric: swapping the plans swaps A and B', () => {
    const diff = diffLapses(side(after(), '2027-01-01'), side(before(), '2027-01-01'));
    expect(diff.map((d) => d.message)).toEqual(['Botnet Traffic Filter lapses 2027-12-31 in B, covered until 2028-12-30 in A']);
  });

  it('a lapse in one plan only, and order-by dates that differ with the lead time', () => {
    const noKey: Plan = { ...before(), deployment: { ...before().deployment, units: before().deployment.units.map((u) => ('timeBased' in u ? { ...u, timeBased: [] } : u)) } };
    expect(diffLapses(side(before(), '2027-01-01'), side(noKey, '2027-01-01')).map((d) => d.message)).toEqual([
      'Botnet Traffic Filter lapses 2027-12-31 in A; covered in B through its horizon (2029-12-31)',
    ]);
    const early = applyCommand(before(), { type: 'set-purchase-lead-days', days: 90 });
    expect(diffLapses(side(before(), '2027-01-01'), side(early, '2027-01-01'))).toEqual([
      {
        feature: 'botnet-traffic-filter',
        kind: 'order-by',
        aDate: '2027-12-01',
        bDate: '2027-10-02',
        message: 'Botnet Traffic Filter lapses 2027-12-31 in both; order the renewal by 2027-12-01 in A, by 2027-10-02 in B',
      },
    ]);
  });

  it('compares calendar dates when the plans start on different days', () => {
    const later: Plan = { ...before(), startDate: '2027-02-01' };
    const a = side(before(), '2027-06-01');
    const b = side(later, '2027-06-01');
    expect([a.result.at, b.result.at]).toEqual([151, 120]);
    expect(diffKeys(a, b).map((d) => d.message)).toEqual(['Key fw-a/key-1 expires 2027-12-31 in A, 2028-01-31 in B']);
  });

  it('identical plans have no differences; the engine’s analyzePlan/resultAt give the same answer', () => {
    const plan = after();
    const analysis = analyzePlan(plan);
    const one = { plan, result: resultAt(analysis, 400) };
    const diff = diffPlans(one, side(plan, '2028-02-05'));
    expect(diff.changedCount).toBe(0);
    expect(diff.timeline).toEqual([]);
    expect(diff.issues.a).toEqual(diff.issues.b);
  });
});
