import { describe, expect, it } from 'vitest';
import { evaluatePlan, evaluatePlanAtDays, type Plan } from '../../../engine/index';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { licenseRows } from './license-rows';
import { featureSeries, keyRemainingSeries, keyTone, sampleDays } from './timeline-data';

function pairWithBotnet(): Plan {
  let p = newPlan('2027-01-01');
  p = applyCommand(p, { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
  p = applyCommand(p, { type: 'set-deployment-mode', mode: 'failover' });
  p = applyCommand(p, { type: 'set-permanent-feature', unit: 0, feature: 'security-contexts', value: 50 });
  p = applyCommand(p, { type: 'set-permanent-feature', unit: 1, feature: 'security-contexts', value: 10 });
  return applyCommand(p, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0 });
}

describe('timeline data from the engine', () => {
  const plan = pairWithBotnet();
  const result = evaluatePlan(plan, { at: 0 });

  it('samples the event days and the day before each', () => {
    const days = sampleDays(result, plan.horizonDays);
    expect(days[0]).toBe(0);
    expect(days).toContain(363);
    expect(days).toContain(364);
    expect(days[days.length - 1]).toBe(plan.horizonDays);
  });

  it('reads each key’s days left on each sampled day', () => {
    const series = keyRemainingSeries(evaluatePlanAtDays(plan, [0, 100, 364]));
    expect(series.map((p) => p['fw-a/key-1'])).toEqual([364, 264, 0]);
  });

  it('draws a feature as a step series over the horizon', () => {
    expect(featureSeries(result.timeline.segments, 'botnet-traffic-filter', plan.horizonDays)).toEqual([
      { day: 0, value: 1 },
      { day: 364, value: 0 },
      { day: plan.horizonDays, value: 0 },
    ]);
  });

  it('colours keys by their state on the asked day', () => {
    const tone = (at: number) => keyTone(evaluatePlan(plan, { at }).keys[0]!, 30);
    expect([tone(0), tone(340), tone(400)]).toEqual(['ok', 'near', 'expired']);
  });

  it('marks a combined value the platform limit capped (50 + 10 on a 5545-X)', () => {
    const row = licenseRows(result, ['fw-a', 'fw-b']).find((r) => r.feature === 'security-contexts');
    expect(row).toMatchObject({ combined: 50, units: { 'fw-a': 50, 'fw-b': 10 }, capped: { uncapped: 60, limit: 50 }, source: 'combined' });
  });
});
