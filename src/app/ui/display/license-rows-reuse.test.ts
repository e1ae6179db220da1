import { describe, expect, it } from 'vitest';
import { evaluatePlan, type Plan } from '../../../engine/index';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { licenseRows, reuseRows } from './license-rows';
import { sampleDays } from './timeline-data';

function withBotnetKey(): Plan {
  let p = newPlan('2027-01-01');
  p = applyCommand(p, { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
  return applyCommand(p, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0 });
}

describe('running-license rows across days', () => {
  const plan = withBotnetKey();
  const rowsAt = (at: number) => licenseRows(evaluatePlan(plan, { at }), ['fw-a']);

  it('keeps the same rows (and array) while the license does not change', () => {
    const first = rowsAt(10);
    expect(reuseRows(first, rowsAt(20))).toBe(first);
  });

  it('replaces only the rows that changed when a key runs out', () => {
    const before = rowsAt(10);
    const after = reuseRows(before, rowsAt(400));
    expect(after).not.toBe(before);
    const botnet = (rows: typeof before) => rows.find((r) => r.feature === 'botnet-traffic-filter');
    expect(botnet(after)).not.toBe(botnet(before));
    expect(botnet(after)?.combined).not.toEqual(botnet(before)?.combined);
    const unchanged = after.filter((r) => before.includes(r));
    expect(unchanged.length).toBeGreaterThan(0);
    expect(unchanged.length).toBeLessThan(after.length);
  });

  it('samples only one unit’s key days (and the plan-wide events) when asked', () => {
    const result = evaluatePlan(plan, { at: 0 });
    const other = sampleDays(result, plan.horizonDays, { units: new Set(['other']) });
    expect(other).not.toContain(364);
    expect(other).toContain(334); // the renewal's order-by day: an event of no unit
    expect(sampleDays(result, plan.horizonDays, { units: new Set(['fw-a']) })).toContain(364);
  });
});
