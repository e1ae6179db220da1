import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { plrBlockedByHypervisor, plrIssues } from './permanent-license-reservation';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { smartUnitLicense } from './unit-license';

describe('Permanent License Reservation (001 §"Permanent License Reservation")', () => {
  it('not supported on Azure for the ASA virtual', () => {
    const plan = smartPlan([unit('v', 'asav', { throughput: '2G' }, { method: 'plr' }, { memoryGB: 8, hypervisor: 'Azure' })]);
    const u = smartUnitOf(plan);
    expect(plrBlockedByHypervisor(SMART_MODELS.asav, u)).toBe(true);
    expect(plrIssues(SMART_MODELS.asav, u, plan)).toEqual([expect.objectContaining({ severity: 'error', code: 'asav-plr-azure', path: 'deployment.units[0].hypervisor' })]);
  });

  it('names the PLR PID and the conditions', () => {
    const plan = smartPlan([unit('v', 'asav', { throughput: '2G' }, { method: 'plr' }, { memoryGB: 8, hypervisor: 'vmware' })]);
    const [info] = plrIssues(SMART_MODELS.asav, smartUnitOf(plan), plan);
    expect(info).toMatchObject({ severity: 'info', code: 'smart-plr' });
    expect(info!.message).toMatch(/L-ASAV30SR-K9=.*approved.*return the license/);
  });

  it('enables every requested feature: 4100 with Carrier and the maximum contexts', () => {
    const plan = smartPlan([unit('fw', 'fpr-4145', { carrier: true, contexts: 240 }, { method: 'plr' })], { contextMode: 'multiple' });
    const p = smartUnitLicense(smartUnitOf(plan), plan, 'plr');
    expect(p['security-contexts']?.value).toBe(250);
    expect(p.carrier?.value).toBe(true);
    expect(p.encryption?.value).toBe('3des-aes');
    expect(p['security-contexts']?.cite).toContain('Firepower 4100/9300 chassis Permanent License Reservation');
  });
});
