import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../index';

const plan = (unit: Record<string, unknown>) => ({ format: 'asa-license-plan/1', name: 't', startDate: '2027-01-01', deployment: { units: [unit] } });

describe('sections that do not belong to a unit’s licensing are refused, naming the field (issue 25)', () => {
  it('time-based keys on a Smart unit (they vanished with valid: true)', () => {
    const r = evaluatePlan(plan({ id: 'fw-a', model: 'fpr-2110', smart: {}, timeBased: [{ id: 'k', features: { botnet: true }, duration: { days: 30 } }] }) as never, { at: 0 });
    expect(r.valid).toBe(false);
    const issue = r.issues.find((i) => i.code === 'unit-foreign-section');
    expect(issue?.path).toBe('deployment.units[0].timeBased');
    expect(issue?.message).toContain('Smart-licensed');
  });

  it('a smart block on a PAK unit', () => {
    const r = evaluatePlan(plan({ id: 'fw-a', model: 'asa-5545-x', smart: { method: 'regular' } }) as never, { at: 0 });
    expect(r.valid).toBe(false);
    const issue = r.issues.find((i) => i.code === 'unit-foreign-section');
    expect(issue?.path).toBe('deployment.units[0].smart');
    expect(issue?.message).toContain('PAK-licensed');
  });

  it('a plain unit of either kind still reads', () => {
    expect(evaluatePlan(plan({ id: 'fw-a', model: 'asa-5545-x' }) as never, { at: 0 }).valid).toBe(true);
    expect(evaluatePlan(plan({ id: 'fw-a', model: 'fpr-2110', smart: {} }) as never, { at: 0 }).valid).toBe(true);
  });
});
