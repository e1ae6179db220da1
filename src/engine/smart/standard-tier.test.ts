import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { standardTierIssues, standardTierOn } from './standard-tier';
import { smartUnitLicense } from './unit-license';

describe('Standard tier: a prerequisite for other feature licenses (001 §"Firepower 1000, 2100, Secure Firewall 3100: Configure Regular Smart Software Licensing")', () => {
  it('without Standard, requested add-ons are an error and are not applied', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110', { standard: false, contexts: 10 })], { contextMode: 'multiple' });
    const u = smartUnitOf(plan);
    const issues = standardTierIssues(SMART_MODELS['fpr-2110'], u, plan);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'smart-standard-required', path: 'deployment.units[0].smart.entitlements.standard', unit: 'fw' })]);
    expect(issues[0]!.message).toContain('contexts 10');
    expect(smartUnitLicense(u, plan, 'registered')['security-contexts']?.value).toBe(2);
  });

  it('without Standard and nothing else: a warning, defaults only', () => {
    const plan = smartPlan([unit('fw', 'fpr-4110', { standard: false })]);
    expect(standardTierIssues(SMART_MODELS['fpr-4110'], smartUnitOf(plan), plan)).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-standard-off' })]);
  });

  it('on the Secure Firewall 3100 the Standard license is always enabled and cannot be disabled', () => {
    const plan = smartPlan([unit('fw', 'fpr-3110', { standard: false, contexts: 8 })], { contextMode: 'multiple' });
    const u = smartUnitOf(plan);
    expect(standardTierOn(SMART_MODELS['fpr-3110'], u, plan)).toBe(true);
    expect(standardTierIssues(SMART_MODELS['fpr-3110'], u, plan)).toEqual([expect.objectContaining({ severity: 'info', code: 'smart-standard-always-on' })]);
    expect(smartUnitLicense(u, plan, 'registered')['security-contexts']?.value).toBe(10);
  });

  it('a failover standby (1100/2100/4100/9300) has the Standard license by default', () => {
    const plan = smartPlan([unit('a', 'fpr-2130'), unit('b', 'fpr-2130', { standard: false })], { mode: 'failover', failover: 'active-standby' });
    const b = smartUnitOf(plan, 1);
    expect(standardTierOn(SMART_MODELS['fpr-2130'], b, plan)).toBe(true);
    expect(standardTierIssues(SMART_MODELS['fpr-2130'], b, plan)).toEqual([expect.objectContaining({ severity: 'info', code: 'smart-standard-from-primary' })]);
  });
});
