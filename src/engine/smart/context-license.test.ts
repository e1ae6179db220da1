import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModelId } from '../types';
import { contextLicenseIssues, contextsProvenance } from './context-license';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

function run(model: SmartModelId, contexts: number, method: 'regular' | 'plr' = 'regular', contextMode: 'single' | 'multiple' = 'multiple') {
  const plan = smartPlan([unit('fw', model, { contexts }, { method })], { contextMode });
  const u = smartUnitOf(plan);
  return {
    p: contextsProvenance(SMART_MODELS[model], u, method === 'plr' ? 'plr' : 'registered', true),
    issues: contextLicenseIssues(SMART_MODELS[model], u, plan),
    def: contextsProvenance(SMART_MODELS[model], u, 'default', true),
  };
}

describe('Context license added to the included contexts (001: "enter 23 for 25")', () => {
  it.each([
    ['fpr-2110', 23, 25],
    ['fpr-2110', 0, 2],
    ['fpr-1120', 3, 5],
    ['fpr-1150', 23, 25],
    ['fpr-2130', 28, 30],
    ['fpr-2140', 38, 40],
    ['fpr-3110', 98, 100],
    ['fpr-4112', 240, 250],
    ['fpr-9300-sm-56', 20, 30],
  ] as const)('%s with contexts %i runs %i', (model, contexts, running) => {
    const { p, issues } = run(model, contexts);
    expect(p.value).toBe(running);
    expect(p.source).toBe('smart');
    expect(p.keys).toEqual(contexts > 0 ? ['standard', 'contexts'] : ['standard']);
    expect(issues).toEqual([]);
  });

  it('evaluation: only the included contexts', () => {
    expect(run('fpr-2110', 23).def.value).toBe(2);
    expect(run('fpr-4110', 20).def.value).toBe(10);
  });

  it.each([
    ['fpr-2110', 30, 25, 32, 23],
    ['fpr-1120', 10, 5, 12, 3],
    ['fpr-4112', 250, 250, 260, 240],
  ] as const)('%s with contexts %i: capped at %i (uncapped %i), warning to request %i instead', (model, contexts, running, uncapped, instead) => {
    const { p, issues } = run(model, contexts);
    expect(p).toMatchObject({ value: running, uncapped, limit: running });
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-contexts-over-max', feature: 'security-contexts', path: 'deployment.units[0].smart.entitlements.contexts' })]);
    expect(issues[0]!.message).toContain(`request ${instead} instead`);
  });

  it('1010 and ASA virtual: no security contexts', () => {
    const { p, issues } = run('fpr-1010', 5);
    expect(p.value).toBe('unsupported');
    expect(issues.map((i) => i.code)).toEqual(['smart-contexts-unsupported', 'smart-multiple-context-unsupported']);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('PLR on the 4100/9300: 248 per 001 vs 10 + 240 = 250 per the table, both shown', () => {
    const { p, issues } = run('fpr-4120', 248, 'plr');
    expect(p).toMatchObject({ value: 250, uncapped: 258, limit: 250 });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['smart-plr-248-contexts', 'info'],
      ['smart-contexts-over-max', 'info'],
    ]);
    expect(issues[0]!.message).toMatch(/248.*10 included.*250.*240/);
    expect(run('fpr-4120', 249, 'plr').issues[1]!.severity).toBe('warning');
  });

  it('a Context license in single context mode costs money for nothing', () => {
    expect(run('fpr-2110', 5, 'regular', 'single').issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'smart-contexts-single-mode' })]);
  });

  it('in failover the over-max advice is left to the aggregate (001: "configure 230")', () => {
    const plan = smartPlan([unit('a', 'fpr-4110', { contexts: 250 }), unit('b', 'fpr-4110')], { mode: 'failover', failover: 'active-standby', contextMode: 'multiple' });
    expect(contextLicenseIssues(SMART_MODELS['fpr-4110'], smartUnitOf(plan), plan)).toEqual([]);
  });
});
