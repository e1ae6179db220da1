import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { failoverProvenance, securityPlusIssues } from './security-plus';

describe('Security Plus: the Firepower 1010 failover tier (001 §"Firepower 1010")', () => {
  it.each([
    [true, 'registered', 'active-standby'],
    [false, 'registered', 'unsupported'],
    [true, 'default', 'unsupported'],
    [true, 'plr', 'active-standby'],
  ] as const)('security-plus %s, %s: failover %s', (sp, grant, value) => {
    const plan = smartPlan([unit('fw', 'fpr-1010', { 'security-plus': sp })]);
    expect(failoverProvenance(SMART_MODELS['fpr-1010'], smartUnitOf(plan), grant, true).value).toBe(value);
  });

  it('other models: failover without a tier; requesting Security Plus is a warning', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110', { 'security-plus': true })]);
    const u = smartUnitOf(plan);
    expect(failoverProvenance(SMART_MODELS['fpr-2110'], u, 'registered', true).value).toBe('active-active');
    expect(failoverProvenance(SMART_MODELS.asav, u, 'registered', true).value).toBe('active-standby');
    expect(securityPlusIssues(SMART_MODELS['fpr-2110'], u, plan)).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-security-plus-unsupported' })]);
  });
});
