import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';

const plan = (contextMode: 'single' | 'multiple') => ({
  format: 'asa-license-plan/1',
  name: 't',
  startDate: '2027-01-04',
  horizonDays: 1095,
  deployment: { mode: 'standalone', contextMode, units: [{ id: 'fw', model: 'asa-5545-x' }] },
  secureClient: { licenses: [{ id: 'v', type: 'vpn-only', sessions: 250, unit: 'fw', support: true }] },
});

describe('VPN Only on a multiple-context ASA (002/003 §"Can I buy a perpetual … license? …": no "ASA Multi-context VPN" with VPN Only)', () => {
  it('is flagged in multiple context mode', () => {
    const r = evaluatePlan(plan('multiple'));
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'vpn-only-multiple-context',
        path: 'secureClient.licenses[0]',
        unit: 'fw',
        cite: expect.stringContaining('002 §"Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?"'),
      }),
    );
    expect(r.issues.find((i) => i.code === 'vpn-only-multiple-context')!.cite).toContain('003 §"Can I buy a perpetual Cisco Secure Client license?');
  });

  it('is not flagged in single context mode', () => {
    expect(evaluatePlan(plan('single')).issues.map((i) => i.code)).not.toContain('vpn-only-multiple-context');
  });
});
