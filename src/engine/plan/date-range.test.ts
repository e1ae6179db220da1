import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../index';
import { DATE_RANGE } from './fields';

const plan = (startDate: string) => ({ format: 'asa-license-plan/1', name: 't', startDate, horizonDays: 36_600, deployment: { units: [{ id: 'fw-a', model: 'asa-5545-x' }] } });

describe('dates stay in the range the calendar formats (issue 25: "+010099-12")', () => {
  it('a start date near year 9999 is refused naming startDate and the range', () => {
    const r = evaluatePlan(plan('9999-06-01') as never, { at: 0 });
    expect(r.valid).toBe(false);
    const issue = r.issues.find((i) => i.path === 'startDate');
    expect(issue?.message).toContain(`must be from ${DATE_RANGE.min} to ${DATE_RANGE.max}`);
    expect(JSON.stringify(r)).not.toMatch(/[+-]0\d{5}-/);
  });

  it('the last start date allowed gives four-digit dates to the end of a 100-year span', () => {
    const r = evaluatePlan(plan(DATE_RANGE.max) as never, { at: 36_600 });
    expect(r.valid).toBe(true);
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(r)).not.toMatch(/"[+-]\d{6}-/);
  });
});
