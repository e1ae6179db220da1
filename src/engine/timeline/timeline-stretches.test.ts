import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analyze-plan';
import { key, pakUnit, plan, standalone } from '../test-support/plan-builders';
import { smartPlan, unit } from '../test-support/smart-plan-fixture';
import { timelineStretches } from './timeline-stretches';

const btf = key('btf', { 'botnet-traffic-filter': true }, 100);
const kinds = (p: unknown) =>
  timelineStretches(analyzePlan(p)).map(({ kind, from, to, unit: u, key: k, markDay }) => ({
    kind,
    from,
    to,
    ...(u ? { unit: u } : {}),
    ...(k ? { key: k } : {}),
    ...(markDay !== undefined ? { markDay } : {}),
  }));

describe('timeline stretches (the bands of the charts)', () => {
  it('a 14-day power-off of a 9.x unit from day 20 (000 §"How the Time-Based License Timer Works")', () => {
    const [s, ...rest] = timelineStretches(analyzePlan(standalone({ keys: [btf] }, [{ day: 20, type: 'power-off', unit: 'fw', days: 14 }])));
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ kind: 'power-off', unit: 'fw', from: 20, to: 34 });
    expect(s!.message).toMatch(/powered off for 14 days/);
  });

  it('a key deactivated on day 30 and activated again on day 60; one never activated again runs to the end', () => {
    expect(
      kinds(
        standalone({ keys: [btf] }, [
          { day: 30, type: 'deactivate', unit: 'fw', key: 'btf' },
          { day: 60, type: 'activate', unit: 'fw', key: 'btf' },
        ]),
      ),
    ).toEqual([{ kind: 'deactivated', unit: 'fw', key: 'btf', from: 30, to: 60 }]);
    expect(kinds(standalone({ keys: [btf] }, [{ day: 30, type: 'deactivate', unit: 'fw', key: 'btf' }]))).toEqual([{ kind: 'deactivated', unit: 'fw', key: 'btf', from: 30, to: null }]);
    // A key installed inactive was never deactivated: no band.
    expect(kinds(standalone({ keys: [{ ...btf, active: false }] }))).toEqual([]);
  });

  it('a 42-day link-down of a failover pair from day 70, marked where the 30-day grace ends (000 §"Loss of Communication…")', () => {
    const pair = (days: number) => plan({ units: [pakUnit({ id: 'a', keys: [btf] }), pakUnit({ id: 'b' })], events: [{ day: 70, type: 'link-down', days }] });
    expect(kinds(pair(42))).toEqual([{ kind: 'link-down', from: 70, to: 112, markDay: 100 }]);
    expect(kinds(pair(20))).toEqual([{ kind: 'link-down', from: 70, to: 90 }]);
  });

  it('Smart: 90 days of evaluation use before it never registers, then out of compliance (001 §"Evaluation License")', () => {
    const p = smartPlan([unit('fw', 'fpr-2130', {}, { method: 'evaluation' })]);
    expect(kinds(p)).toEqual([
      { kind: 'evaluation', unit: 'fw', from: 0, to: 90 },
      { kind: 'out-of-compliance', unit: 'fw', from: 90, to: null },
    ]);
  });

  it('Smart: a 100-day outage of call-home from day 200: 90 days of grace, then 10 out of compliance (001 §"Periodic Communication…")', () => {
    const p = smartPlan([unit('fw', 'fpr-2130', {}, { method: 'regular', registeredDay: 0 })], {}, { events: [{ day: 200, type: 'no-call-home', unit: 'fw', days: 100 }] });
    expect(kinds(p)).toEqual([
      { kind: 'call-home-grace', unit: 'fw', from: 200, to: 290 },
      { kind: 'out-of-compliance', unit: 'fw', from: 290, to: 300 },
    ]);
  });

  it('Smart: evaluation until it registers on day 40, within its 90 days', () => {
    const p = smartPlan([unit('fw', 'fpr-2130', {}, { method: 'regular', registeredDay: 40 })]);
    expect(kinds(p)).toEqual([{ kind: 'evaluation', unit: 'fw', from: 0, to: 40 }]);
  });
});
