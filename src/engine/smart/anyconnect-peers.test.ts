import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { anyconnectPeersProvenance } from './anyconnect-peers';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';

describe('AnyConnect peers: unlicensed until a Plus/Apex/VPN Only license exists (001 §"AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses")', () => {
  it('0 without an AnyConnect license, the platform maximum with one', () => {
    const bare = smartPlan([unit('fw', 'fpr-2130')]);
    expect(anyconnectPeersProvenance(SMART_MODELS['fpr-2130'], smartUnitOf(bare), bare, 'registered').value).toBe(0);
    const withPlus = smartPlan([unit('fw', 'fpr-2130')], {}, { secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 36 }] } });
    expect(anyconnectPeersProvenance(SMART_MODELS['fpr-2130'], smartUnitOf(withPlus), withPlus, 'registered')).toMatchObject({ value: 7500, keys: ['plus-1'] });
  });

  it('VPN Only is per headend', () => {
    const plan = smartPlan([unit('fw', 'fpr-1140')], {}, { secureClient: { licenses: [{ id: 'vpno', type: 'vpn-only', sessions: 100, unit: 'other', startDay: 0 }] } });
    expect(anyconnectPeersProvenance(SMART_MODELS['fpr-1140'], smartUnitOf(plan), plan, 'registered').value).toBe(0);
  });

  it("ASA virtual: the entitlement's peers (2G: 750), capped by memory", () => {
    const lic = { secureClient: { licenses: [{ id: 'apex', type: 'apex' as const, users: 50, startDay: 0 }] } };
    const full = smartPlan([unit('v', 'asav', { throughput: '2G' }, {}, { memoryGB: 8 })], {}, lic);
    expect(anyconnectPeersProvenance(SMART_MODELS.asav, smartUnitOf(full), full, 'registered').value).toBe(750);
    const small = smartPlan([unit('v', 'asav', { throughput: '2G' }, {}, { memoryGB: 4 })], {}, lic);
    expect(anyconnectPeersProvenance(SMART_MODELS.asav, smartUnitOf(small), small, 'registered')).toMatchObject({ value: 250, uncapped: 750, limit: 250 });
  });

  it('0 in evaluation mode', () => {
    const plan = smartPlan([unit('fw', 'fpr-2130')], {}, { secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 5, startDay: 0 }] } });
    expect(anyconnectPeersProvenance(SMART_MODELS['fpr-2130'], smartUnitOf(plan), plan, 'default').value).toBe(0);
  });
});
