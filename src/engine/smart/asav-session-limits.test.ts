import { describe, expect, it } from 'vitest';
import type { Throughput } from '../types';
import { SMART_MODELS } from '../catalog/smart/index';
import { asavSessionIssues, asavSessionLevel, asavSessionProvenance, throughputOnHardwareIssues } from './asav-session-limits';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

function asav(throughput: Throughput | undefined, memoryGB?: number) {
  const plan = smartPlan([unit('v', 'asav', throughput === undefined ? {} : { throughput }, {}, memoryGB === undefined ? {} : { memoryGB })]);
  const u = smartUnitOf(plan);
  return { p: asavSessionProvenance(u, 'registered'), issues: asavSessionIssues(u, plan) };
}

describe('ASA virtual session limits by throughput entitlement (001 §"ASA Virtual")', () => {
  it.each([
    ['100M', 2, 500, 50, 50],
    ['1G', 4, 500, 250, 250],
    ['2G', 8, 1000, 1000, 1000],
    ['10G', 16, 10_000, 10_000, 10_000],
    ['20G', 32, 20_000, 20_000, 20_000],
  ] as const)('%s with %i GB: %i TLS proxy, %i other VPN, %i total VPN', (level, gb, tls, other, total) => {
    const { p, issues } = asav(level, gb);
    expect(p.throughput?.value).toBe(level);
    expect(p['uc-proxy-sessions']?.value).toBe(tls);
    expect(p['other-vpn-peers']?.value).toBe(other);
    expect(p['total-vpn-peers']?.value).toBe(total);
    expect(issues).toEqual([]);
  });

  it.each([
    ['20G', 8, '2G'],
    ['10G', 4, '1G'],
    ['2G', 2, '1G'],
    ['1G', 2, '1G'],
    ['20G', 64, '20G'],
    ['10G', 31.9, '10G'],
  ] as const)('%s with %d GB gets the %s session limits', (level, gb, effective) => {
    expect(asavSessionLevel(level, gb)).toBe(effective);
  });

  it('below the entitlement memory: capped sessions with the uncapped value and a warning', () => {
    const { p, issues } = asav('10G', 8);
    expect(p.throughput?.value).toBe('10G');
    expect(p['uc-proxy-sessions']).toMatchObject({ value: 1000, uncapped: 10_000, limit: 1000 });
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'asav-memory-below-entitlement', path: 'deployment.units[0].memoryGB' })]);
    expect(issues[0]!.message).toMatch(/at least 16 GB, or request 2G instead/);
  });

  it('an ASA virtual without a throughput level is not licensed', () => {
    const { p, issues } = asav(undefined, 4);
    expect(p).toEqual({});
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'asav-throughput-required' })]);
  });
});

describe('throughput on a hardware model', () => {
  it('is ignored with a warning', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110', { throughput: '1G' })]);
    expect(throughputOnHardwareIssues(SMART_MODELS['fpr-2110'], smartUnitOf(plan), plan)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'smart-throughput-asav-only', path: 'deployment.units[0].smart.entitlements.throughput' }),
    ]);
  });
});
