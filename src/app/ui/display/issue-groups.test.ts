// The Issues panel's entries from the engine's own issues: one per rule, listing the units, in the
// screen's labels and values (000 §"ASA Cluster License Requirements and Exceptions", §"Failover
// License Requirements and Exceptions"; 001 §"Strong Encryption: Firepower 4100/9300 Chassis").
import { describe, expect, it } from 'vitest';
import { evaluatePlan, type Issue, type Plan } from '../../../engine/index';
import { FOLD_OVER, issueEntries, sharedField } from './issue-groups';
import { plainText } from './plain-issue-text';

const pak = (id: string, model: string, features: Record<string, unknown>) => ({ id, model, software: '9.16', permanent: { tier: 'base', features }, timeBased: [] });
const smart = (id: string) => ({ id, model: 'fpr-4110', smart: { method: 'regular', registeredDay: 0, exportControlled: false, entitlements: { standard: true } } });
const planOf = (mode: 'cluster' | 'failover', units: unknown[]) =>
  ({
    format: 'asa-license-plan/1',
    name: 't',
    startDate: '2027-01-04',
    horizonDays: 1095,
    deployment: { mode, contextMode: 'single', ...(mode === 'failover' ? { failover: 'active-standby' } : {}), units },
    events: [],
  }) as unknown as Plan;
const entriesOf = (plan: Plan) => issueEntries(evaluatePlan(plan).issues, plan);

describe('the issues panel’s entries', () => {
  it('a 3-unit PAK cluster with two units on DES: one error entry listing fw-b and fw-c by label, values in the table’s words', () => {
    const plan = planOf('cluster', [
      pak('fw-a', 'asa-5585-x-ssp-40', { encryption: '3des-aes', clustering: 16 }),
      pak('fw-b', 'asa-5585-x-ssp-40', { encryption: 'des' }),
      pak('fw-c', 'asa-5585-x-ssp-40', { encryption: 'des' }),
    ]);
    const entries = entriesOf(plan);
    expect(entries.map((e) => [e.severity, e.code, e.count])).toEqual([
      ['error', 'units-need-same-encryption', 2],
      ['warning', 'vpn-load-balancing-needs-strong-encryption', 2],
    ]);
    const [same] = entries;
    expect(same!.places).toEqual([
      { label: 'fw-b · Encryption', target: 'deployment.units[1].permanent.features.encryption', unit: 'fw-b', field: 'Encryption' },
      { label: 'fw-c · Encryption', target: 'deployment.units[2].permanent.features.encryption', unit: 'fw-c', field: 'Encryption' },
    ]);
    expect(same!.text).toBe('Encryption is Base (DES); on fw-a it is Strong (3DES/AES). Each unit must have the same encryption license.');
    expect(sharedField(same!.places)).toBe('Encryption');
    expect(same!.action).toBe('Set Encryption on fw-b and fw-c to the same value as on fw-a.');
    expect(same!.paths).toEqual(['deployment.units[1].permanent.features.encryption', 'deployment.units[2].permanent.features.encryption']);
    expect(same!.text).not.toMatch(/deployment|"des"/);
  });

  it('a failover pair: IPS Module reads Not supported / Enabled, not "unsupported" / true', () => {
    // 000 §"Failover License Requirements and Exceptions": each unit must have the same IPS module license.
    const plan = planOf('failover', [pak('fw-a', 'asa-5545-x', { encryption: '3des-aes', 'ips-module': true }), pak('fw-b', 'asa-5585-x-ssp-40', { encryption: '3des-aes' })]);
    const entry = entriesOf(plan).find((e) => e.code === 'units-need-same-ips-module')!;
    expect(entry.places.map((p) => p.label)).toEqual(['fw-b · IPS Module']);
    // One place: its full label shows, not "IPS Module on fw-b".
    expect(sharedField(entry.places)).toBeUndefined();
    expect(entry.text).toBe('IPS Module is Not supported; on fw-a it is Enabled. Each unit must have the same IPS module license.');
  });

  it('a 3-unit Smart Firepower 4110 cluster: one entry per rule, notes after warnings, each listing the three units', () => {
    const plan = planOf('cluster', [smart('fw-a'), smart('fw-b'), smart('fw-c')]);
    const issues = evaluatePlan(plan).issues;
    const entries = issueEntries(issues, plan);
    // Every issue is in exactly one entry, and no rule appears twice.
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(issues.length);
    expect(new Set(entries.map((e) => `${e.severity}|${e.code}`)).size).toBe(entries.length);
    expect(entries.length).toBeLessThan(issues.length);
    const order = entries.map((e) => ['error', 'warning', 'info'].indexOf(e.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const des = entries.find((e) => e.code === 'smart-encryption-des')!;
    expect(des.count).toBe(3);
    expect(des.places.map((p) => p.label)).toEqual([
      'fw-a · Token allows export-controlled functionality',
      'fw-b · Token allows export-controlled functionality',
      'fw-c · Token allows export-controlled functionality',
    ]);
    expect(des.text).toMatch(/^Base \(DES\) only: neither an export-controlled token nor a Strong Encryption license/);
    expect(des.action).toContain('tick “Token allows export-controlled functionality” on fw-a, fw-b and fw-c');
  });

  it('issues of one rule that differ keep a line each, and fold after the first few', () => {
    const plan = planOf('cluster', [smart('fw-a')]);
    const many: Issue[] = Array.from({ length: FOLD_OVER + 2 }, (_, i) => ({ severity: 'info', code: 'renewal-needed', message: `lapse ${i}` }));
    const [entry] = issueEntries(many, plan);
    expect(entry!.text).toBeUndefined();
    expect(entry!.lines.map((l) => l.text)).toEqual(many.map((i) => i.message.replace(/^l/, 'L')));
    expect(entry!.action).toMatch(/^Order the renewal/);
  });

  it('paths inside a message read as labels, and bare booleans as the table’s words', () => {
    const plan = planOf('cluster', [pak('fw-a', 'asa-5545-x', {}), pak('fw-b', 'asa-5545-x', {})]);
    const text = plainText(
      { message: 'deployment.units[1].permanent.tier: see deployment.units[0].permanent.features.ips-module, which is false', path: 'deployment.units[1].permanent.tier', unit: 'fw-b' },
      plan,
    );
    expect(text).toBe('See fw-a · IPS Module, which is Disabled');
  });
});
