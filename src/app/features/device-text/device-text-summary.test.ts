import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDeviceText, type ImportIssue } from '../../../engine/device-text/index';
import { firstError, sortIssues, summarizePlan, unmappedCounts } from './device-text-summary';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../engine/device-text/fixtures', name), 'utf8');

describe('device text summary', () => {
  it('summarises a failover pair read from one primary', () => {
    const r = importDeviceText(fixture('asa-5555-x-failover-primary.txt'), { startDate: '2027-01-01' });
    expect(r.plan).not.toBeNull();
    const s = summarizePlan(r.plan!);
    expect(s.deployment).toBe('Failover pair, Active/Standby');
    expect(s.units.map((u) => u.id)).toEqual(['primary', 'secondary']);
    expect(s.units[0]?.model).toBe('ASA 5555-X');
  });

  it('summarises a Smart unit', () => {
    const r = importDeviceText(fixture('fpr-2130-show-license-all.txt'), { startDate: '2027-01-01' });
    const s = summarizePlan(r.plan!);
    expect(s.units[0]?.licensing).toMatch(/^Smart Licensing/);
    expect(s.units[0]?.features).toContain('standard');
  });

  it('sorts issues by severity, then line', () => {
    const issues: ImportIssue[] = [
      { severity: 'info', code: 'a', message: 'a' },
      { severity: 'warning', code: 'b', message: 'b', line: 9 },
      { severity: 'warning', code: 'c', message: 'c', line: 2 },
      { severity: 'error', code: 'd', message: 'd' },
    ];
    expect(sortIssues(issues).map((i) => i.code)).toEqual(['d', 'c', 'b', 'a']);
    expect(firstError(issues)?.code).toBe('d');
  });

  it('counts unmapped lines by kind', () => {
    const r = importDeviceText(fixture('asa-5545-x-crlf-pager.txt'), { startDate: '2027-01-01' });
    const c = unmappedCounts(r.unmapped);
    expect(c.unrecognized).toBeGreaterThan(0);
    expect(c.unrecognized + c.ignored).toBe(r.unmapped.length);
  });
});
