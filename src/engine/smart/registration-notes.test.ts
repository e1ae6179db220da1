import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { registrationNotes } from './registration-notes';

describe('registration token and ID certificate (001 §"Device Registration and Tokens")', () => {
  it('token 30 days by default (1–365), ID certificate 1 year renewed every 6 months, renewal every 30 days', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110', {}, { registeredDay: 5 })]);
    const [note] = registrationNotes(SMART_MODELS['fpr-2110'], smartUnitOf(plan), plan);
    expect(note).toMatchObject({ severity: 'info', code: 'smart-registration', path: 'deployment.units[0].smart.registeredDay' });
    expect(note!.message).toMatch(/day 5 with a token valid 30 days \(1–365, 30 by default\).*valid 1 year and renewed every 6 months.*every 30 days.*90 days/);
  });

  it('more than 30 token days: Cisco recommends a maximum of 30', () => {
    const plan = smartPlan([unit('fw', 'fpr-9300-sm-40', {}, { tokenDays: 90 })]);
    const codes = registrationNotes(SMART_MODELS['fpr-9300-sm-40'], smartUnitOf(plan), plan).map((i) => i.code);
    expect(codes).toEqual(['smart-registration', 'smart-token-over-recommended']);
  });

  it('registeredDay does not apply to an unregistered unit', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110', {}, { method: 'unregistered', registeredDay: 10 })]);
    expect(registrationNotes(SMART_MODELS['fpr-2110'], smartUnitOf(plan), plan).map((i) => i.code)).toEqual(['smart-registered-day-ignored']);
  });
});
