import { describe, expect, it } from 'vitest';
import { EMPTY_NEEDS, needCount, needsFromForm } from './needs-form';

describe('needs form → needs JSON (plan-format.md §"Sizing")', () => {
  it('a 3-unit cluster running 60 contexts with Carrier', () => {
    const form = { ...EMPTY_NEEDS, deployment: 'cluster' as const, clusterUnits: 3, numbers: { 'security-contexts': 60 }, toggles: { carrier: true } };
    expect(needsFromForm(form)).toEqual({ format: 'asa-license-needs/1', deployment: { mode: 'cluster', units: 3 }, licensing: 'either', features: { 'security-contexts': 60, carrier: true } });
    expect(needCount(form)).toBe(2);
  });
  it('a PAK Active/Standby pair for 2,500 peers with strong encryption, 3 years, 9.16', () => {
    const form = {
      ...EMPTY_NEEDS,
      deployment: 'active-standby' as const,
      licensing: 'pak' as const,
      software: ' 9.16 ',
      termYears: 3,
      numbers: { 'anyconnect-peers': 2500 },
      toggles: { encryption: true, carrier: false },
    };
    expect(needsFromForm(form)).toEqual({
      format: 'asa-license-needs/1',
      deployment: { mode: 'failover', failover: 'active-standby' },
      licensing: 'pak',
      software: '9.16',
      termYears: 3,
      features: { 'anyconnect-peers': 2500, encryption: '3des-aes' },
    });
  });
  it('Active/Active asks the failover feature too; an empty form asks nothing', () => {
    expect(needsFromForm({ ...EMPTY_NEEDS, deployment: 'active-active' }).features).toEqual({ failover: 'active-active' });
    expect(needCount(EMPTY_NEEDS)).toBe(0);
  });
});
