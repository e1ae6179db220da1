// Sizing a purchase for a growing demand: peak unique users over the term, Plus and Apex mixed.
import { describe, expect, it } from 'vitest';
import { recommendPurchase } from './recommend-purchase';
import { scPlan } from '../test-support/secure-client-fixtures';

describe('recommendPurchase', () => {
  it.each([
    // [growth %, termMonths, users per plan year, peak]
    [0, 12, [1000], 1000],
    [10, 12, [1000], 1000],
    [10, 36, [1000, 1100, 1210], 1210],
    [10, 30, [1000, 1100, 1210], 1210], // a banding 30-month term reaches into plan year 2
    [10, 60, [1000, 1100, 1210, 1331, 1465], 1465],
    [-20, 36, [1000, 800, 640], 1000],
  ])('1000 users growing %i%% a year, %i months: years %j, buy %i', (growthPercentPerYear, termMonths, years, peak) => {
    const r = recommendPurchase(scPlan({ demand: { uniqueUsers: 1000 } }), { growthPercentPerYear, termMonths });
    expect(r.years.map((y) => y.users)).toEqual(years);
    expect(r.totalUsers).toBe(peak);
    expect(r.plus).toEqual({ users: peak, sku: 'L-AC-PLS-LIC=' });
    expect(r.apex).toBeNull();
  });

  it('Apex users are bought as Apex, the rest as Plus; owned Plus Perpetual users are deducted', () => {
    const p = scPlan({ licenses: [{ id: 'perp', type: 'plus-perpetual', users: 100, support: true }], demand: { uniqueUsers: 1000, apexUsers: 200, growthPercentPerYear: 10 } });
    const r = recommendPurchase(p, { termMonths: 36 });
    expect(r).toMatchObject({ totalUsers: 1210, apexUsers: 242, perpetualPlusUsers: 100, plusUsers: 868, growthPercentPerYear: 10 });
    expect(r.apex).toEqual({ users: 242, sku: 'L-AC-APX-LIC=' });
    expect(r.blockAlternative).toEqual({ plus: 'L-AC-PLS-3YR-G', apex: 'L-AC-APX-3YR-G' });
  });

  it('starting later counts the plan years of that term; end and last dates follow the calendar', () => {
    const r = recommendPurchase(scPlan({ demand: { uniqueUsers: 1000 } }), { growthPercentPerYear: 10, termMonths: 12, startDay: 365 });
    expect(r).toMatchObject({ startDate: '2028-01-01', endDay: 731, lastDate: '2028-12-31', totalUsers: 1100 });
    expect(r.years).toEqual([{ year: 1, fromDay: 365, users: 1100, apexUsers: 0 }]);
  });

  it('counts unattended devices as users', () => {
    expect(recommendPurchase(scPlan({ demand: { uniqueUsers: 900, unattendedDevices: 100 } }), { termMonths: 12 }).totalUsers).toBe(1000);
  });

  it('reports bad input as issues instead of throwing', () => {
    const r = recommendPurchase(scPlan({}), { termMonths: 0 });
    expect(r.issues.map((i) => i.code)).toEqual(['term-months-invalid', 'no-demand']);
    expect(r.termMonths).toBe(12);
  });
});
