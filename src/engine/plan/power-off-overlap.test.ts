import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../index';

const plan = (events: unknown[]) => ({
  format: 'asa-license-plan/1',
  name: 't',
  startDate: '2027-01-01',
  deployment: { units: [{ id: 'fw-a', model: 'asa-5545-x', timeBased: [{ id: 'k1', features: { 'botnet-traffic-filter': true }, days: 100 }] }] },
  events,
});

describe('overlapping and nested power-offs are refused naming both events (issue 25)', () => {
  it('a nested power-off: the timer would have counted days the unit was still off', () => {
    const r = evaluatePlan(
      plan([
        { type: 'power-off', unit: 'fw-a', day: 10, days: 30 },
        { type: 'power-off', unit: 'fw-a', day: 15, days: 5 },
      ]) as never,
      { at: 0 },
    );
    expect(r.valid).toBe(false);
    const issue = r.issues.find((i) => i.code === 'power-off-overlap');
    expect(issue?.path).toBe('events[1].day');
    expect(issue?.message).toContain('events[0]');
    expect(issue?.message).toContain('lies inside');
    expect(issue?.message).toContain('from day 10 to day 40');
  });

  it('an overlapping one, listed first in the plan', () => {
    const r = evaluatePlan(
      plan([
        { type: 'power-off', unit: 'fw-a', day: 20, days: 30 },
        { type: 'power-off', unit: 'fw-a', day: 10, days: 20 },
      ]) as never,
      { at: 0 },
    );
    const issue = r.issues.find((i) => i.code === 'power-off-overlap');
    expect(issue?.message).toMatch(/events\[0\].*overlaps.*events\[1\]/);
    expect(issue?.message).toContain('from day 10 to day 50');
  });

  it('back-to-back power-offs are fine: the timer pauses for both (000: only uptime counts, 9.x)', () => {
    const r = evaluatePlan(
      plan([
        { type: 'power-off', unit: 'fw-a', day: 10, days: 10 },
        { type: 'power-off', unit: 'fw-a', day: 20, days: 10 },
      ]) as never,
      { at: 0 },
    );
    expect(r.issues.some((i) => i.code === 'power-off-overlap')).toBe(false);
    expect(r.valid).toBe(true);
  });
});
