// The PAK step of the pipeline on its own: which units it takes, what it hands the later steps.
import { describe, expect, it } from 'vitest';
import { dateFormatter } from './dates';
import { analyzePakUnits, pakRequirementsOverTime } from './pak-integration';
import { parsePlan } from './plan/parse-plan';
import { key, pakUnit, plan } from './test-support/plan-builders';

const parsed = (p: unknown) => {
  const r = parsePlan(p);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};
const toDate = dateFormatter('2027-01-04');

describe('analyzePakUnits', () => {
  it('simulates the PAK units only, leaving Smart units to the Smart integration', () => {
    const smart = { id: 's', model: 'fpr-2130', smart: { method: 'regular', registeredDay: 0, entitlements: { standard: true } } };
    const p = parsed(plan({ mode: 'standalone', units: [pakUnit({ id: 'fw', keys: [key('k', { 'botnet-traffic-filter': true }, 365)] })] }));
    const withSmart = parsed({ ...p, deployment: { ...p.deployment, units: [...p.deployment.units, smart] } });
    const r = analyzePakUnits(withSmart, toDate);
    expect(r.units.map((u) => u.id)).toEqual(['fw']);
    expect(Object.keys(r.sim.unitStretches)).toEqual(['fw']);
    expect(r.sim.keys.map((k) => k.id)).toEqual(['k']);
  });

  it('a pair on 8.2 does not combine (000 §"History for PAK Licenses"); on 9.16 it does', () => {
    const pair = (software: string) => parsed(plan({ units: [pakUnit({ id: 'a', software }), pakUnit({ id: 'b', software })] }));
    expect(analyzePakUnits(pair('8.2'), toDate).combines).toBe(false);
    expect(analyzePakUnits(pair('9.16'), toDate).combines).toBe(true);
  });

  it('requirements over time run for a pair of PAK units, not for a standalone unit', () => {
    const single = parsed(plan({ units: [pakUnit({ id: 'fw' })] }));
    expect(pakRequirementsOverTime(single, analyzePakUnits(single, toDate).units, {}, toDate)).toEqual({ issues: [], events: [], broken: [] });
  });
});
