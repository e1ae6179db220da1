import { describe, expect, it } from 'vitest';
import { asavMemoryTier, asavPlatformProvenance, asavResourceIssues } from './asav-platform-limits';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

describe('ASA virtual platform limits by memory (001 §"Platform Limits")', () => {
  it.each([
    [2, 100_000, 50],
    [4, 100_000, 50],
    [7.9, 100_000, 50],
    [8, 500_000, 200],
    [15.9, 500_000, 200],
    [16, 2_000_000, 1024],
    [31.9, 2_000_000, 1024],
    [32, 4_000_000, 1024],
    [64, 4_000_000, 1024],
  ])('%d GB: %i connections, %i VLANs', (gb, conns, vlans) => {
    expect(asavMemoryTier(gb)).toMatchObject({ firewallConns: conns, vlans });
  });

  it('unlicensed: 100 connections until licensed with an entitlement', () => {
    const plan = smartPlan([unit('v', 'asav', {}, { method: 'unregistered' }, { memoryGB: 16 })]);
    const p = asavPlatformProvenance(smartUnitOf(plan), 'unlicensed');
    expect(p['firewall-conns']).toMatchObject({ value: 100, uncapped: 2_000_000, limit: 100 });
    expect(p.vlans?.value).toBe(1024);
  });

  it.each([
    [{ memoryGB: 1 }, ['asav-memory-below-minimum']],
    [{ memoryGB: 2, vcpus: 2 }, ['asav-memory-for-vcpus']],
    [{ memoryGB: 4, vcpus: 2 }, []],
    [{ memoryGB: 128 }, ['asav-memory-above-maximum']],
    [{ memoryGB: 8, vcpus: 9 }, ['asav-vcpus-above-maximum']],
  ])('%j → %j', (extra, codes) => {
    const plan = smartPlan([unit('v', 'asav', { throughput: '1G' }, {}, extra)]);
    expect(asavResourceIssues(smartUnitOf(plan), plan).map((i) => i.code)).toEqual(codes);
  });

  it('16 vCPUs only for ASAv100 on VMware and KVM', () => {
    const on = (hypervisor: string) => smartPlan([unit('v', 'asav', { throughput: '20G' }, {}, { memoryGB: 32, vcpus: 16, hypervisor })]);
    expect(asavResourceIssues(smartUnitOf(on('kvm')), on('kvm'))).toEqual([]);
    expect(asavResourceIssues(smartUnitOf(on('azure')), on('azure')).map((i) => i.code)).toEqual(['asav-vcpus-above-maximum']);
  });

  it('memoryGB missing: assumes the entitlement minimum and says so', () => {
    const plan = smartPlan([unit('v', 'asav', { throughput: '10G' })]);
    expect(asavResourceIssues(smartUnitOf(plan), plan)).toEqual([expect.objectContaining({ severity: 'info', code: 'asav-memory-assumed' })]);
    expect(asavPlatformProvenance(smartUnitOf(plan), 'registered')['firewall-conns']?.value).toBe(2_000_000);
  });
});
