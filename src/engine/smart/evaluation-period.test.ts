import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModelId } from '../types';
import { evaluationPhase } from './evaluation-period';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

function phase(model: SmartModelId, method: 'regular' | 'evaluation' | 'unregistered', registeredDay: number, off: { from: number; to: number }[] = []) {
  const plan = smartPlan([unit('fw', model, model === 'asav' ? { throughput: '1G' } : {}, { method, registeredDay })]);
  const registration = method === 'regular' ? registeredDay : null;
  return evaluationPhase(SMART_MODELS[model], smartUnitOf(plan), plan, registration, off);
}

describe('evaluation mode: 90 days of total usage, then out of compliance (001 §"Evaluation License")', () => {
  it.each([
    ['fpr-1010', 'evaluation', 0, [], 90],
    ['fpr-2110', 'unregistered', 0, [], 90],
    ['fpr-3130', 'regular', 120, [], 90],
    ['fpr-4110', 'evaluation', 0, [{ from: 10, to: 20 }], 100],
    ['fpr-9300-sm-24', 'regular', 200, [{ from: 80, to: 150 }], 160],
  ] as const)('%s (%s, registers day %i, off %j) is out of compliance from day %i', (model, method, day, off, expires) => {
    const p = phase(model, method, day, [...off]);
    expect(p.expiresDay).toBe(expires);
    expect(p.events.map((e) => [e.day, e.type])).toEqual([
      [expires, 'evaluation-expired'],
      [expires, 'out-of-compliance'],
    ]);
    expect(p.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-evaluation-expires', day: expires })]);
  });

  it('registering within the 90 days ends evaluation without non-compliance', () => {
    const p = phase('fpr-2110', 'regular', 60);
    expect(p.expiresDay).toBeNull();
    expect(p.period).toEqual({ from: 0, to: 60 }); // the evaluation band runs until registration
    expect(p.issues).toEqual([expect.objectContaining({ severity: 'info', code: 'smart-evaluation-until-registration' })]);
    expect(phase('fpr-2110', 'regular', 0)).toEqual({ expiresDay: null, period: null, events: [], issues: [] });
  });

  it('the ASA virtual has no evaluation mode', () => {
    expect(phase('asav', 'evaluation', 0).issues).toEqual([expect.objectContaining({ severity: 'error', code: 'asav-no-evaluation' })]);
    expect(phase('asav', 'unregistered', 0)).toEqual({ expiresDay: null, period: null, events: [], issues: [] });
  });

  it('a 1100/2100 standby need not register (Standard by default from the active unit)', () => {
    const plan = smartPlan([unit('a', 'fpr-1140'), unit('b', 'fpr-1140', {}, { method: 'unregistered' })], { mode: 'failover', failover: 'active-standby' });
    const p = evaluationPhase(SMART_MODELS['fpr-1140'], smartUnitOf(plan, 1), plan, null, []);
    expect(p.expiresDay).toBeNull();
    expect(p.issues).toEqual([expect.objectContaining({ code: 'smart-standby-needs-no-registration' })]);
  });
});
