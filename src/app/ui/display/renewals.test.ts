import { describe, expect, it } from 'vitest';
import { evaluatePlan, type Plan } from '../../../engine/index';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { filterOptions, filterRenewals, renewalListRows } from './renewal-list';
import { lapseTone, leadDaysOf, orderByMarkers } from './renewals';

function botnetPlan(leadDays?: number): Plan {
  let p = newPlan('2027-01-01');
  p = applyCommand(p, { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
  p = applyCommand(p, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0 });
  p = applyCommand(p, { type: 'add-time-key', unit: 0, features: { 'security-contexts': 10 }, days: 200, installDay: 0 });
  return leadDays === undefined ? p : applyCommand(p, { type: 'set-purchase-lead-days', days: leadDays });
}

describe('renewals from the engine’s lapses', () => {
  it('the lead time defaults to 30 days', () => {
    expect(leadDaysOf(botnetPlan())).toBe(30);
    expect(leadDaysOf(botnetPlan(60))).toBe(60);
    expect(leadDaysOf(botnetPlan(0))).toBe(0);
  });

  it('lists each lapse with its dates, soonest first; time-based-only ones as warnings', () => {
    const plan = botnetPlan(60);
    const rows = renewalListRows(plan, evaluatePlan(plan, { at: 0 }), 0);
    expect(rows.map((r) => [r.feature, r.date, r.orderByDate, r.severity])).toEqual([
      ['security-contexts', '2027-07-20', '2027-05-21', 'info'],
      ['botnet-traffic-filter', '2027-12-31', '2027-11-01', 'warning'],
    ]);
    expect(rows[1]).toMatchObject({ kind: 'time-based-key', detail: 'Enabled → Disabled: it switches off (no permanent license has it)', refs: ['fw-a/key-1'], tone: 'ok' });
  });

  it('colours the rows for the as-of day and adds a 12-month Secure Client term to the same list', () => {
    let plan = botnetPlan();
    plan = { ...plan, secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 250, startDay: 0, termMonths: 12 }] } };
    // Day 340 (7 Dec 2027): past the Botnet key's order-by day 334, before its lapse on day 364.
    const rows = renewalListRows(plan, evaluatePlan(plan, { at: 340 }), 340);
    expect(rows.map((r) => [r.kind, r.date, r.orderByDate, r.tone])).toEqual([
      ['time-based-key', '2027-07-20', '2027-06-20', 'expired'],
      ['time-based-key', '2027-12-31', '2027-12-01', 'near'],
      // 12 months from 1 Jan 2027: first day without it 1 Jan 2028, order by 2 Dec 2027.
      ['secure-client', '2028-01-01', '2027-12-02', 'near'],
    ]);
    expect(filterRenewals(rows, 'secure-client').map((r) => r.id)).toEqual(['secure-client:plus-1:365']);
    expect(filterOptions(rows).map((o) => o.label)).toEqual(['All kinds (3)', 'Time-based keys (2)', 'Smart licenses (0)', 'Secure Client (1)']);
  });

  it.each([
    [0, 'ok'],
    [303, 'ok'],
    [304, 'near'],
    [363, 'near'],
    [364, 'expired'],
    [500, 'expired'],
  ] as const)('on day %i a lapse on day 364, order by day 304, is %s', (asOf, tone) => {
    expect(lapseTone({ day: 364, orderByDay: 304 }, asOf)).toBe(tone);
  });

  it('leaves out lapses past the horizon', () => {
    const plan = { ...botnetPlan(), horizonDays: 300 };
    expect(renewalListRows(plan, evaluatePlan(plan, { at: 0 }), 0).map((r) => r.feature)).toEqual(['security-contexts']);
  });

  it('puts one order-by marker per day, for one feature when asked', () => {
    const plan = botnetPlan();
    const { renewals } = evaluatePlan(plan, { at: 0 });
    expect(orderByMarkers(renewals, plan.horizonDays)).toEqual([
      { day: 170, text: 'Order by: Security Contexts' },
      { day: 334, text: 'Order by: Botnet Traffic Filter' },
    ]);
    expect(orderByMarkers(renewals, plan.horizonDays, 'botnet-traffic-filter').map((m) => m.day)).toEqual([334]);
    expect(orderByMarkers(renewals, 200)).toHaveLength(1);
  });
});

describe('the set-purchase-lead-days command', () => {
  it('sets 0–365, drops the field for the default, ignores anything else', () => {
    const plan = botnetPlan();
    expect(applyCommand(plan, { type: 'set-purchase-lead-days', days: 45 }).purchaseLeadDays).toBe(45);
    expect('purchaseLeadDays' in applyCommand(botnetPlan(45), { type: 'set-purchase-lead-days', days: undefined })).toBe(false);
    expect(applyCommand(plan, { type: 'set-purchase-lead-days', days: 366 })).toBe(plan);
    expect(applyCommand(plan, { type: 'set-purchase-lead-days', days: 1.5 })).toBe(plan);
  });
});
