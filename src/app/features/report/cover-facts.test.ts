// The report's summary and column plan, read off the engine for a Firepower 2130 failover pair with a
// 24-month Secure Client Plus term (e2e/reference-plan.ts).
import { describe, expect, it } from 'vitest';
import { evaluatePlan, planSchema, renewalList, type Plan } from '../../../engine/index';
import { issueEntries } from '../../ui/display/issue-groups';
import { deploymentText, headlineFigures, issueCountText, licensingText, nextOrder } from './cover-facts';
import { licenseColumns, unitGroups } from './license-columns';
import { REFERENCE_PLAN } from '../../test-support/reference-plan';

const plan: Plan = planSchema.parse(REFERENCE_PLAN);

describe('the report summary', () => {
  const result = evaluatePlan(plan, { at: 400 });

  it('names the deployment and the licensing', () => {
    expect(deploymentText(plan)).toBe('Failover pair (Active/Standby) of 2 × Firepower 2130, multiple context mode');
    expect(licensingText(plan)).toBe('Smart Licensing (regular)');
  });

  it('gives the headline figures of the running license: 2 + 2 included + 10 contexts = 14 (001 §"Failover Licenses for the Firepower 2100")', () => {
    expect(headlineFigures(result).map((f) => [f.feature, f.value])).toEqual([
      ['firewall-conns', '2,000,000'],
      ['total-vpn-peers', '7,500'],
      ['anyconnect-peers', '7,500'],
      ['security-contexts', '14'],
      ['encryption', 'Strong (3DES/AES)'],
    ]);
  });

  it('counts the issues as the report lists them (one entry per rule)', () => {
    expect(issueCountText(issueEntries(result.issues, plan))).toBe('2 warnings, 4 notes');
    expect(issueCountText([])).toBe('none');
  });

  it('finds the next order-by date from the report day: the Plus term ends 4 Jan 2029 (day 731), order 30 days before', () => {
    const next = nextOrder(renewalList(plan, result), 400);
    expect(next?.entry.kind).toBe('secure-client');
    expect(next?.entry.day).toBe(731);
    expect(next?.entry.orderByDay).toBe(701);
    expect(next?.due).toBe(false);
    expect(nextOrder(renewalList(plan, result), 710)?.due).toBe(true);
    expect(nextOrder(renewalList(plan, result), 731)).toBeUndefined();
  });
});

describe('the running license columns on paper', () => {
  it('gives a pair a column per unit and the Rule column over a third of the width', () => {
    const { unitColumns, widths } = licenseColumns(2);
    expect(unitColumns).toBe(true);
    expect(widths).toHaveLength(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    expect(widths.at(-1)).toBeGreaterThan(33);
  });

  it('moves a cluster’s units to tables of their own, six units each', () => {
    expect(licenseColumns(1)).toEqual({ unitColumns: false, widths: [16, 13, 13, 58] });
    expect(licenseColumns(16).unitColumns).toBe(false);
    expect(unitGroups(Array.from({ length: 16 }, (_, i) => `u${i + 1}`)).map((g) => g.length)).toEqual([6, 6, 4]);
  });
});
