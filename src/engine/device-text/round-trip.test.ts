// render → import → the same plan: model, tier, permanent features, keys and their remaining days.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { parsePlan } from '../plan/parse-plan';
import type { PakUnit, Plan, PlanInput } from '../plan/schema';
import { PAK_MODEL_IDS, SMART_MODEL_IDS } from '../types';
import { importDeviceText, renderShowVersion } from './index';
import { modelFromToken } from './model-lines';
import { hardwareName } from './render-show-version';

type UnitInput = Record<string, unknown>;

function planOf(units: UnitInput[], extra: Partial<PlanInput['deployment']> = {}): Plan {
  const input = {
    format: 'asa-license-plan/1',
    startDate: '2027-01-04',
    deployment: { mode: units.length > 1 ? 'failover' : 'standalone', ...(units.length > 1 ? { failover: 'active-standby' } : {}), ...extra, units },
  };
  const p = parsePlan(input);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.plan;
}

/** What the round trip must keep of a unit; keys compared without order. */
function essence(u: PakUnit, keepIds: boolean) {
  const keys = u.timeBased.map((k) => ({ ...(keepIds ? { id: k.id } : {}), features: k.features, days: k.days, active: k.active })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { model: u.model, tier: u.permanent.tier, features: u.permanent.features, keys };
}

function roundTrip(plan: Plan, at = 0) {
  const result = evaluatePlan(plan, { at });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const text = renderShowVersion(result, plan);
  const startDate = result.date!;
  const imported = importDeviceText(text, { startDate });
  expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(imported.unmapped.filter((l) => l.kind === 'unrecognized')).toEqual([]);
  expect(imported.plan).not.toBeNull();
  expect(evaluatePlan(imported.plan!).valid).toBe(true);
  return { text, plan: imported.plan!, issues: imported.issues };
}

const key = (id: string, features: Record<string, unknown>, days: number, active = true) => ({ id, features, days, active });

const STANDALONE: [string, UnitInput][] = [
  ['ASA 5506-X Security Plus', { id: 'a', model: 'asa-5506-x', permanent: { tier: 'security-plus', features: { encryption: '3des-aes', 'anyconnect-peers': 50 } } }],
  ['ASA 5506W-X Base', { id: 'a', model: 'asa-5506w-x', permanent: { tier: 'base', features: { 'anyconnect-peers': 25 } } }],
  ['ASA 5506H-X', { id: 'a', model: 'asa-5506h-x', permanent: { tier: 'base', features: { encryption: '3des-aes' } } }],
  ['ASA 5508-X', { id: 'a', model: 'asa-5508-x', permanent: { tier: 'base', features: { 'security-contexts': 5, encryption: '3des-aes' } } }],
  [
    'ASA 5512-X Security Plus with an active and an inactive key',
    {
      id: 'a',
      model: 'asa-5512-x',
      software: '9.6(4)',
      permanent: { tier: 'security-plus', features: { 'security-contexts': 5, 'ips-module': true } },
      timeBased: [key('btf', { 'botnet-traffic-filter': true }, 100), key('ac', { 'anyconnect-peers': 250 }, 60, false)],
    },
  ],
  ['ASA 5515-X', { id: 'a', model: 'asa-5515-x', permanent: { tier: 'base', features: { 'uc-proxy-sessions': 100 } } }],
  ['ASA 5516-X', { id: 'a', model: 'asa-5516-x', permanent: { tier: 'base', features: { 'anyconnect-peers': 300, encryption: '3des-aes' } } }],
  [
    'ASA 5525-X with contexts added by a key',
    {
      id: 'a',
      model: 'asa-5525-x',
      software: '9.1(7)',
      permanent: { tier: 'base', features: { 'security-contexts': 5, 'gtp-gprs': true, 'uc-proxy-sessions': 250 } },
      timeBased: [key('ctx', { 'security-contexts': 10 }, 62)],
    },
  ],
  [
    'ASA 5545-X evaluation-style key with two features',
    { id: 'a', model: 'asa-5545-x', permanent: { tier: 'base', features: { encryption: '3des-aes' } }, timeBased: [key('eval', { 'botnet-traffic-filter': true, 'gtp-gprs': true }, 60)] },
  ],
  [
    'ASA 5555-X shared licensing participant',
    { id: 'a', model: 'asa-5555-x', permanent: { tier: 'base', features: { 'shared-license': 'participant', 'anyconnect-peers': 5000, 'security-contexts': 100 } } },
  ],
  [
    'ASA 5585-X SSP-10 Base on 8.2 (8.x labels)',
    { id: 'a', model: 'asa-5585-x-ssp-10', software: '8.2(5)', permanent: { tier: 'base', features: { 'anyconnect-peers': 500, 'security-contexts': 20 } } },
  ],
  [
    'ASA 5585-X SSP-20 Security Plus, 16-unit cluster',
    { id: 'a', model: 'asa-5585-x-ssp-20', software: '9.9(2)', permanent: { tier: 'security-plus', features: { clustering: 16, 'security-contexts': 250, 'uc-proxy-sessions': 10_000 } } },
  ],
  [
    'ASA 5585-X SSP-60',
    {
      id: 'a',
      model: 'asa-5585-x-ssp-60',
      permanent: { tier: 'base', features: { encryption: '3des-aes', 'anyconnect-essentials': true } },
      timeBased: [key('uc', { 'uc-proxy-sessions': 1000 }, 30)],
    },
  ],
  ['ASA 5585-X SSP-40 with a 16-unit cluster license', { id: 'a', model: 'asa-5585-x-ssp-40', permanent: { tier: 'base', features: { clustering: 16 } } }],
  ['ASASM', { id: 'a', model: 'asasm', permanent: { tier: 'base', features: { 'security-contexts': 100, 'gtp-gprs': true } } }],
  ['ISA 3000 Security Plus', { id: 'a', model: 'isa-3000', permanent: { tier: 'security-plus', features: { encryption: '3des-aes', 'anyconnect-peers': 25 } } }],
];

describe('round trip: renderShowVersion → importDeviceText', () => {
  it('every model: the Hardware: name the renderer prints is read back as the same model', () => {
    for (const id of [...PAK_MODEL_IDS, ...SMART_MODEL_IDS]) expect(modelFromToken(hardwareName(id))).toBe(id);
  });

  it.each(STANDALONE)('%s', (_name, unit) => {
    const plan = planOf([unit]);
    const back = roundTrip(plan);
    expect(essence(back.plan.deployment.units[0] as PakUnit, true)).toEqual(essence(plan.deployment.units[0] as PakUnit, true));
  });

  it('multiple context mode survives', () => {
    const plan = planOf([{ id: 'a', model: 'asasm', software: '9.6(3)', permanent: { tier: 'base', features: { 'security-contexts': 50 } } }], { contextMode: 'multiple' });
    expect(roundTrip(plan).plan.deployment.contextMode).toBe('multiple');
  });

  it('on a later day: keys come back with the days they have left', () => {
    const plan = planOf([
      { id: 'a', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [key('btf', { 'botnet-traffic-filter': true }, 364), key('ac', { 'anyconnect-peers': 2500 }, 60, false)] },
    ]);
    const back = roundTrip(plan, 100);
    expect(back.plan.startDate).toBe('2027-04-14');
    expect(essence(back.plan.deployment.units[0] as PakUnit, true).keys).toEqual([
      { id: 'ac', features: { 'anyconnect-peers': 2500 }, days: 60, active: false },
      { id: 'btf', features: { 'botnet-traffic-filter': true }, days: 264, active: true },
    ]);
  });

  it('a failover pair: the primary exactly, the secondary derived from the failover cluster block', () => {
    const plan = planOf([
      {
        id: 'p',
        model: 'asa-5555-x',
        software: '9.14(4)',
        permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 20, 'uc-proxy-sessions': 250 } },
        timeBased: [key('btf', { 'botnet-traffic-filter': true }, 300)],
      },
      {
        id: 's',
        model: 'asa-5555-x',
        software: '9.14(4)',
        permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 10, 'uc-proxy-sessions': 100, 'gtp-gprs': true } },
        timeBased: [key('btf-s', { 'botnet-traffic-filter': true }, 45)],
      },
    ]);
    const back = roundTrip(plan);
    expect(back.plan.deployment.mode).toBe('failover');
    const [p, s] = back.plan.deployment.units as [PakUnit, PakUnit];
    expect(essence(p, true)).toEqual(essence(plan.deployment.units[0] as PakUnit, true));
    expect(essence(s, false)).toEqual(essence(plan.deployment.units[1] as PakUnit, false));
    expect(evaluatePlan(back.plan).running).toEqual(evaluatePlan(plan).running);
  });
});
