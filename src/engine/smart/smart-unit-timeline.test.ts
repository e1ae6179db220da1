import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../plan/schema';
import { provenanceOf, stretchAt, type UnitLicenseTimeline } from '../unit-timeline';
import { smartPlan, smartUnitOf, unit } from '../test-support/smart-plan-fixture';
import { smartUnitTimeline } from './smart-unit-timeline';

function timeline(units: Parameters<typeof smartPlan>[0], deployment: Parameters<typeof smartPlan>[1] = {}, events: PlanInput['events'] = []): UnitLicenseTimeline {
  const plan = smartPlan(units, deployment, { events });
  return smartUnitTimeline(smartUnitOf(plan), plan);
}

function contiguous(t: UnitLicenseTimeline): void {
  expect(t.stretches[0]!.from).toBe(0);
  expect(t.stretches[t.stretches.length - 1]!.to).toBeNull();
  t.stretches.slice(1).forEach((s, i) => expect(t.stretches[i]!.to).toBe(s.from));
}

const shape = (t: UnitLicenseTimeline) => t.stretches.map((s) => [s.from, s.to, s.outOfCompliance ?? false, s.poweredOff ?? false]);

describe('smartUnitTimeline: the shared examples', () => {
  it('examples/smart/asav-1g-entitlement.json: 1G with 4 GB', () => {
    const t = timeline([unit('v', 'asav', { throughput: '1G' }, { exportControlled: true }, { memoryGB: 4 })]);
    contiguous(t);
    expect(t.stretches).toHaveLength(1);
    expect(t.stretches[0]!.license).toMatchObject({
      throughput: '1G',
      'uc-proxy-sessions': 500,
      'other-vpn-peers': 250,
      'total-vpn-peers': 250,
      'firewall-conns': 100_000,
      vlans: 50,
      encryption: '3des-aes',
      'security-contexts': 'unsupported',
      failover: 'active-standby',
      clustering: true,
      carrier: true,
    });
    expect(t.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(provenanceOf(t.stretches[0]!).throughput).toMatchObject({ source: 'smart', keys: ['throughput'], cite: '001 §"ASA Virtual"' });
  });

  it('examples/smart/smart-fpr2110-23-gives-25.json: 23 + 2 = 25', () => {
    const t = timeline([unit('fw', 'fpr-2110', { contexts: 23 })], { contextMode: 'multiple' });
    expect(t.stretches[0]!.license['security-contexts']).toBe(25);
    expect(provenanceOf(t.stretches[0]!)['security-contexts']).toMatchObject({ value: 25, source: 'smart', keys: ['standard', 'contexts'] });
    expect(t.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('smartUnitTimeline: phases between change days', () => {
  it('evaluation until registration on day 30, then the requested entitlements', () => {
    const t = timeline([unit('fw', 'fpr-2130', { contexts: 8 }, { registeredDay: 30 })], { contextMode: 'multiple' });
    contiguous(t);
    expect(shape(t)).toEqual([
      [0, 30, false, false],
      [30, null, false, false],
    ]);
    expect(t.stretches[0]!.license).toMatchObject({ 'security-contexts': 2, encryption: 'des' });
    expect(t.stretches[1]!.license).toMatchObject({ 'security-contexts': 10, encryption: '3des-aes' });
    expect(t.events).toContainEqual(expect.objectContaining({ day: 30, type: 'activated', unit: 'fw' }));
    expect(t.events.every((e) => !('date' in e))).toBe(true);
  });

  it('registering on day 120: out of compliance from day 90 to 120', () => {
    const t = timeline([unit('fw', 'fpr-1140', {}, { registeredDay: 120 })]);
    expect(shape(t)).toEqual([
      [0, 90, false, false],
      [90, 120, true, false],
      [120, null, false, false],
    ]);
    expect(t.events.map((e) => [e.day, e.type])).toEqual([
      [90, 'evaluation-expired'],
      [90, 'out-of-compliance'],
      [120, 'activated'],
    ]);
    expect(t.issues).toContainEqual(expect.objectContaining({ code: 'smart-evaluation-expires', severity: 'warning' }));
  });

  it('powered-off days do not count towards the 90 days of evaluation', () => {
    const t = timeline([unit('fw', 'fpr-4110', {}, { method: 'evaluation' })], {}, [{ type: 'power-off', unit: 'fw', day: 10, days: 20 }]);
    expect(shape(t)).toEqual([
      [0, 10, false, false],
      [10, 30, false, true],
      [30, 110, false, false],
      [110, null, true, false],
    ]);
    expect(t.events.map((e) => e.type)).toEqual(['power-off', 'power-on', 'evaluation-expired', 'out-of-compliance']);
  });

  it('no call home from day 200 for 100 days: out of compliance on 290–299, license unchanged', () => {
    const t = timeline([unit('fw', 'fpr-2120', { contexts: 5 })], { contextMode: 'multiple' }, [{ type: 'no-call-home', unit: 'fw', day: 200, days: 100 }]);
    expect(shape(t)).toEqual([
      [0, 290, false, false],
      [290, 300, true, false],
      [300, null, false, false],
    ]);
    expect(stretchAt(t.stretches, 295).license['security-contexts']).toBe(7);
    expect(t.events.map((e) => [e.day, e.type])).toEqual([
      [0, 'activated'],
      [200, 'no-call-home'],
      [230, 'renewal-due'],
      [260, 'renewal-due'],
      [290, 'out-of-compliance'],
      [300, 'call-home-restored'],
    ]);
  });

  it('the ASA virtual before registration: 100 connections, no throughput, DES', () => {
    const t = timeline([unit('v', 'asav', { throughput: '2G' }, { registeredDay: 10 }, { memoryGB: 8 })]);
    expect(t.stretches[0]!.license).toMatchObject({ 'firewall-conns': 100, vlans: 200, encryption: 'des' });
    expect(t.stretches[0]!.license.throughput).toBeUndefined();
    expect(t.stretches[1]!.license).toMatchObject({ 'firewall-conns': 500_000, throughput: '2G', 'uc-proxy-sessions': 1000, encryption: '3des-aes' });
  });

  it('the ASA virtual has no evaluation mode and stays unlicensed', () => {
    const t = timeline([unit('v', 'asav', { throughput: '1G' }, { method: 'evaluation' }, { memoryGB: 4 })]);
    expect(t.stretches).toHaveLength(1);
    expect(t.stretches[0]!.license['firewall-conns']).toBe(100);
    expect(t.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'asav-no-evaluation' }));
  });

  it('PLR on Azure is an error and the ASA virtual stays unlicensed', () => {
    const t = timeline([unit('v', 'asav', { throughput: '1G' }, { method: 'plr' }, { memoryGB: 4, hypervisor: 'azure' })]);
    expect(t.stretches[0]!.license['firewall-conns']).toBe(100);
    expect(t.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'asav-plr-azure' }));
  });

  it('PLR on a 9300 module: 248 requested, 250 running, with the 248 note', () => {
    const t = timeline([unit('m', 'fpr-9300-sm-48', { contexts: 248, carrier: true }, { method: 'plr' })], { contextMode: 'multiple' });
    expect(t.stretches[0]!.license).toMatchObject({ 'security-contexts': 250, carrier: true });
    expect(provenanceOf(t.stretches[0]!)['security-contexts']).toMatchObject({ uncapped: 258, limit: 250 });
    expect(t.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['smart-plr-248-contexts', 'smart-plr']));
    expect(t.events).toEqual([expect.objectContaining({ day: 0, type: 'installed' })]);
  });

  it('requests above the model maximum: capped with a warning saying what to request', () => {
    const t = timeline([unit('fw', 'fpr-1150', { contexts: 30 })], { contextMode: 'multiple' });
    expect(t.stretches[0]!.license['security-contexts']).toBe(25);
    expect(t.issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'smart-contexts-over-max', message: expect.stringContaining('request 23 instead') }));
  });

  it('events past the horizon are left out; stretches still end with to: null', () => {
    const plan = smartPlan([unit('fw', 'fpr-2110')], {}, { horizonDays: 100, events: [{ type: 'no-call-home', unit: 'fw', day: 50, days: 200 }] });
    const t = smartUnitTimeline(smartUnitOf(plan), plan);
    expect(t.events.every((e) => e.day <= 100)).toBe(true);
    contiguous(t);
  });

  it('20,000 events: computed from change days, not day by day', () => {
    const events: PlanInput['events'] = [];
    for (let k = 0; k < 10_000; k++) {
      events.push({ type: 'power-off', unit: 'fw', day: k * 3, days: 1 });
      events.push({ type: 'no-call-home', unit: 'fw', day: k * 3, days: 2 });
    }
    const t = timeline([unit('fw', 'fpr-2110', {}, { registeredDay: 0 })], {}, events);
    contiguous(t);
    expect(t.stretches).toHaveLength(20_000);
  });
});
