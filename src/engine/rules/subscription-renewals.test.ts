import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';

const base = { format: 'asa-license-plan/1', name: 't', startDate: '2027-01-04' };

describe('subscription terms end on the timeline and join result.renewals', () => {
  it('a 12-month Secure Client Plus term (002/003 §"What part do I buy at renewal? …": renew with L-AC-PLS-LIC=)', () => {
    const r = evaluatePlan({
      ...base,
      horizonDays: 1095,
      deployment: { mode: 'standalone', units: [{ id: 'fw', model: 'asa-5545-x' }] },
      secureClient: { licenses: [{ id: 'plus1', type: 'plus', users: 500, startDay: 0, termMonths: 12 }] },
    });
    // 2027-01-04 + 12 months = 2028-01-04, day 365; ordered 30 days ahead.
    expect(r.timeline.events).toContainEqual(expect.objectContaining({ day: 365, type: 'term-ended', key: 'plus1' }));
    expect(r.renewals).toEqual([
      expect.objectContaining({
        feature: 'anyconnect-peers',
        day: 365,
        from: 2500,
        to: 0,
        orderByDay: 335,
        keys: ['plus1'],
        subscription: expect.objectContaining({ kind: 'secure-client', license: 'plus1', pid: 'L-AC-PLS-LIC=', termMonths: 12, renewedBy: null }),
      }),
    ]);
  });

  it('a term renewed by a later license is listed with renewedBy and no drop', () => {
    const r = evaluatePlan({
      ...base,
      horizonDays: 1095,
      deployment: { mode: 'standalone', units: [{ id: 'fw', model: 'asa-5545-x' }] },
      secureClient: {
        licenses: [
          { id: 'a', type: 'apex', users: 100, startDay: 0, termMonths: 12 },
          { id: 'b', type: 'apex', users: 100, startDay: 365, termMonths: 36 },
        ],
      },
    });
    const first = r.renewals.find((l) => l.subscription?.license === 'a')!;
    expect(first).toMatchObject({ day: 365, from: 2500, to: 2500, subscription: { pid: 'L-AC-APX-LIC=', renewedBy: 'b' } });
  });

  it('an ASAv100 subscription (001 §"ASA Virtual PIDs": 1, 3 or 5 years) ends 5 years after registration, with its order-by day', () => {
    const r = evaluatePlan({
      ...base,
      horizonDays: 2000,
      deployment: {
        mode: 'standalone',
        units: [{ id: 'v100', model: 'asav', memoryGB: 32, vcpus: 16, smart: { method: 'regular', registeredDay: 0, exportControlled: true, entitlements: { throughput: '20G' } } }],
      },
    });
    // The bill of materials orders the 5-year PID for a 2000-day plan; 2027-01-04 + 5 years = day 1826.
    expect(r.billOfMaterials!.lines.map((l) => l.pid)).toEqual(['L-ASAV100S-5Y=']);
    expect(r.timeline.events).toEqual(
      expect.arrayContaining([expect.objectContaining({ day: 1826, type: 'term-ended', unit: 'v100' }), expect.objectContaining({ day: 1796, type: 'renewal-due', unit: 'v100' })]),
    );
    expect(r.renewals).toEqual([
      expect.objectContaining({ feature: 'throughput', day: 1826, orderByDay: 1796, subscription: expect.objectContaining({ kind: 'asav', pid: 'L-ASAV100S-5Y=', termMonths: 60 }) }),
    ]);
  });

  it('a perpetual ASAv entitlement (ASAv30, 2G) and a PLR ASAv100 have no term to renew', () => {
    const unit = (id: string, throughput: string, method: string) => ({
      id,
      model: 'asav',
      memoryGB: 32,
      vcpus: 8,
      smart: { method, registeredDay: 0, exportControlled: true, entitlements: { throughput } },
    });
    expect(evaluatePlan({ ...base, horizonDays: 2000, deployment: { mode: 'standalone', units: [unit('a', '2G', 'regular')] } }).renewals).toEqual([]);
    expect(evaluatePlan({ ...base, horizonDays: 2000, deployment: { mode: 'standalone', units: [unit('a', '20G', 'plr')] } }).renewals).toEqual([]);
  });
});
