import { describe, expect, it } from 'vitest';
import { evaluatePlan, type Plan } from '../../../engine/index';
import { applyCommand } from '../../store/plan-commands';
import { newPlan } from '../../store/new-plan';
import { parseCsv } from '../../persistence/csv';
import { licenseCsv, licenseCsvFileName } from './license-csv';
import { licenseRows } from '../../ui/display/license-rows';

function cappedPair(): Plan {
  let p = newPlan('2027-01-01', '=HYPERLINK("http://evil.test","pair")');
  p = applyCommand(p, { type: 'set-unit-model', unit: 0, model: 'asa-5545-x' });
  p = applyCommand(p, { type: 'set-deployment-mode', mode: 'failover' });
  p = applyCommand(p, { type: 'set-permanent-feature', unit: 0, feature: 'security-contexts', value: 50 });
  p = applyCommand(p, { type: 'set-permanent-feature', unit: 1, feature: 'security-contexts', value: 10 });
  return applyCommand(p, { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0 });
}

describe('running license as CSV', () => {
  const plan = cappedPair();
  const result = evaluatePlan(plan, { at: 0 });
  const unitIds = ['fw-a', 'fw-b'];
  const rows = licenseRows(result, unitIds);
  const context = { planName: plan.name, asOfDate: '2027-01-01' };

  it('has the table’s columns, each unit’s value among them', () => {
    const [header] = parseCsv(licenseCsv(rows, unitIds, context));
    expect(header).toEqual(['Plan', 'As of', 'Feature', 'Combined', 'fw-a', 'fw-b', 'Source', 'Rule', 'Capped', 'Citation']);
    const [single] = parseCsv(licenseCsv(rows, ['fw-a'], context));
    expect(single?.[3]).toBe('Running');
  });

  it('writes the rows it is given, in that order, as the table shows them', () => {
    const shown = [...rows].reverse().slice(0, 3);
    const parsed = parseCsv(licenseCsv(shown, unitIds, context));
    expect(parsed).toHaveLength(4);
    expect(parsed.slice(1).map((r) => r[2])).toEqual(shown.map((r) => r.label));
  });

  it('carries value, source, rule, capped mark and citation', () => {
    const contexts = rows.filter((r) => r.feature === 'security-contexts');
    const [, row] = parseCsv(licenseCsv(contexts, unitIds, context));
    expect(row?.slice(2, 6)).toEqual(['Security Contexts', '50', '50', '10']);
    expect(row?.[6]).toBe('combined · fw-a + fw-b');
    expect(row?.[7]).toContain('= 60');
    expect(row?.[8]).toBe('capped at limit 50 (from 60)');
    expect(row?.[9]).toContain('How Failover or ASA Cluster Licenses Combine');
    const botnet = rows.filter((r) => r.feature === 'botnet-traffic-filter');
    const [, b] = parseCsv(licenseCsv(botnet, unitIds, context));
    expect(b?.slice(2, 9)).toEqual(['Botnet Traffic Filter', 'Enabled', 'Enabled', 'Disabled', 'combined · fw-a', expect.stringContaining('fw-a'), '']);
  });

  it('neutralises a plan name a spreadsheet would run as a formula, and quotes it', () => {
    const text = licenseCsv(rows.slice(0, 1), unitIds, context);
    expect(text.split('\r\n')[1]?.startsWith('"\'=HYPERLINK(""http://evil.test"",""pair"")",2027-01-01,')).toBe(true);
    expect(parseCsv(text)[1]?.[0]).toBe('\'=HYPERLINK("http://evil.test","pair")');
  });

  it('names the file after the plan and the day', () => {
    expect(licenseCsvFileName('HQ edge pair', '2027-03-15')).toBe('hq-edge-pair-running-license-2027-03-15.csv');
    expect(licenseCsvFileName('=1+1', '2027-03-15')).toBe('1-1-running-license-2027-03-15.csv');
    expect(licenseCsvFileName('', '2027-03-15')).toBe('plan-running-license-2027-03-15.csv');
  });
});
