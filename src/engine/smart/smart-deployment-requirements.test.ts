import { describe, expect, it } from 'vitest';
import type { Issue } from '../types';
import { smartPlan, unit } from '../test-support/smart-plan-fixture';
import { smartDeploymentRequirements } from './smart-deployment-requirements';

const codes = (issues: Issue[], severity?: Issue['severity']) => issues.filter((i) => severity === undefined || i.severity === severity).map((i) => i.code);
const pair = (a: ReturnType<typeof unit>, b: ReturnType<typeof unit>, failover: 'active-standby' | 'active-active' = 'active-standby') =>
  smartPlan([a, b], { mode: 'failover', failover, contextMode: 'multiple' });

describe('smartDeploymentRequirements: failover (001 §"Failover Licenses for the …")', () => {
  it('standalone: nothing', () => {
    expect(smartDeploymentRequirements(smartPlan([unit('fw', 'fpr-2110')]))).toEqual([]);
  });

  it('Firepower 1010: both units need Standard and Security Plus, both registered', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-1010', { 'security-plus': true }), unit('b', 'fpr-1010', {}, { method: 'unregistered' })));
    expect(codes(issues, 'error')).toEqual(['smart-failover-needs-security-plus', 'smart-failover-unit-not-registered']);
    expect(issues.find((i) => i.code === 'smart-failover-needs-security-plus')).toMatchObject({
      unit: 'b',
      path: 'deployment.units[1].smart.entitlements.security-plus',
      cite: '001 §"Failover Licenses for the Firepower 1010"',
    });
  });

  it('Firepower 1010 and ASA virtual: Active/Standby only', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-1010', { 'security-plus': true }), unit('b', 'fpr-1010', { 'security-plus': true }), 'active-active'));
    expect(codes(issues, 'error')).toEqual(['smart-active-active-unsupported', 'smart-active-active-unsupported']);
  });

  it('ASA virtual: the standby requires the same model license', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'asav', { throughput: '2G' }, {}, { memoryGB: 8 }), unit('b', 'asav', { throughput: '1G' }, {}, { memoryGB: 8 })));
    expect(codes(issues, 'error')).toEqual(['asav-failover-same-license']);
    expect(issues[0]).toMatchObject({ unit: 'b', cite: '001 §"Failover Licenses for the ASAv"' });
  });

  it('Firepower 4100/9300: both units must be registered before failover', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-4120'), unit('b', 'fpr-4120', {}, { method: 'evaluation' })));
    expect(codes(issues, 'error')).toEqual(['smart-failover-unit-not-registered']);
  });

  it('Firepower 1100/2100: the standby need not register; the token choices are explained', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-2120'), unit('b', 'fpr-2120', {}, { method: 'unregistered' })));
    expect(codes(issues, 'error')).toEqual([]);
    expect(codes(issues)).toContain('smart-failover-encryption-choices');
  });

  it('each unit must have the same encryption license', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-3120'), unit('b', 'fpr-3120', {}, { exportControlled: false })));
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'smart-same-encryption', unit: 'b', path: 'deployment.units[1].smart.exportControlled' }));
  });

  it("only the active unit requests the Context license: a standby's request is unused", () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-2110', { contexts: 5 }), unit('b', 'fpr-2110', { contexts: 5 })));
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'smart-secondary-entitlement-unused', unit: 'b' }));
  });

  it.each([
    ['fpr-1120', 3, 1, undefined],
    ['fpr-2130', 30, 26, 25],
    ['fpr-3130', 100, 96, 95],
    ['fpr-4110', 250, 230, undefined],
  ] as const)('%s pair with %i contexts: configure %i instead (001 example says %s)', (model, contexts, instead, says) => {
    const issues = smartDeploymentRequirements(pair(unit('a', model, { contexts }), unit('b', model)));
    const w = issues.find((i) => i.code === 'smart-aggregate-contexts-over-limit');
    expect(w).toMatchObject({ severity: 'warning', unit: 'a', path: 'deployment.units[0].smart.entitlements.contexts' });
    expect(w!.message).toContain(`Context license to be ${instead} instead`);
    if (says !== undefined) expect(w!.message).toContain(`001's own example for this case says ${says}`);
  });

  it('the 30-day grace after a failover and the 35-second re-requests', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-1140', { contexts: 4 }), unit('b', 'fpr-1140'), 'active-active'));
    expect(issues.find((i) => i.code === 'smart-failover-grace')?.message).toMatch(/every 35 seconds.*after 30 days/);
    expect(codes(issues, 'error')).toEqual([]);
    expect(codes(issues, 'warning')).toEqual([]);
  });

  it('PLR: separate licenses per unit, enabled before failover; mixed methods warn', () => {
    const issues = smartDeploymentRequirements(pair(unit('a', 'fpr-2140', {}, { method: 'plr' }), unit('b', 'fpr-2140')));
    expect(codes(issues)).toEqual(expect.arrayContaining(['smart-plr-per-unit', 'smart-same-method']));
  });
});

describe('smartDeploymentRequirements: clusters (001 §"ASA Cluster Licenses for the …")', () => {
  const cluster = (units: ReturnType<typeof unit>[]) => smartPlan(units, { mode: 'cluster', contextMode: 'multiple' });

  it('no clustering on the Firepower 1000/2100', () => {
    const issues = smartDeploymentRequirements(cluster([unit('a', 'fpr-2110'), unit('b', 'fpr-2110')]));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'smart-clustering-unsupported', unit: 'a' }),
      expect.objectContaining({ severity: 'error', code: 'smart-clustering-unsupported', unit: 'b' }),
    ]);
  });

  it("3100 × 3 with 100 contexts: configure 94 (001's example)", () => {
    const issues = smartDeploymentRequirements(cluster([unit('a', 'fpr-3130', { contexts: 100 }), unit('b', 'fpr-3130'), unit('c', 'fpr-3130')]));
    expect(issues.find((i) => i.code === 'smart-aggregate-contexts-over-limit')?.message).toContain('to be 94 instead');
  });

  it("4112 × 3 with 250 contexts: configure 220 (001's example); renewal every 12 hours", () => {
    const issues = smartDeploymentRequirements(cluster([unit('a', 'fpr-4112', { contexts: 250 }), unit('b', 'fpr-4112'), unit('c', 'fpr-4112')]));
    expect(issues.find((i) => i.code === 'smart-aggregate-contexts-over-limit')?.message).toContain('to be 220 instead');
    expect(issues.find((i) => i.code === 'smart-failover-grace')?.message).toContain('every 12 hours');
  });

  it('4100/9300: same licensing method on each chassis; per-unit Carrier; registered chassis for optional licenses', () => {
    const issues = smartDeploymentRequirements(cluster([unit('a', 'fpr-9300-sm-40', { carrier: true }), unit('b', 'fpr-9300-sm-40', {}, { method: 'unregistered' })]));
    expect(codes(issues, 'error')).toEqual(['smart-cluster-unit-not-registered', 'smart-same-method']);
    expect(issues.find((i) => i.code === 'smart-per-unit-entitlement')?.message).toMatch(/needs 2/);
  });

  it('ASA virtual cluster: same throughput; 000 and 001 disagree on ASAv clustering', () => {
    const issues = smartDeploymentRequirements(cluster([unit('a', 'asav', { throughput: '10G' }, {}, { memoryGB: 16 }), unit('b', 'asav', { throughput: '2G' }, {}, { memoryGB: 16 })]));
    expect(codes(issues, 'error')).toEqual(['asav-cluster-same-throughput']);
    expect(issues.find((i) => i.code === 'asav-clustering-sources-differ')?.cite).toMatch(/000 §"ASA Cluster License Requirements and Exceptions"/);
  });

  it("more units than 001's examples: info, no stated maximum", () => {
    const units = Array.from({ length: 8 }, (_, i) => unit(`u${i}`, 'fpr-3110'));
    expect(codes(smartDeploymentRequirements(cluster(units)))).toContain('smart-cluster-size');
  });
});
