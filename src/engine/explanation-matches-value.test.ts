// Property: every feature's explanation carries the value that runs (issue 23 item 2). The running
// value and its explanation come from the same rule (rules/combine-permanent-and-time-based.ts,
// rules/combine-units.ts, smart/combine-smart-units.ts), read two ways; this holds them together
// over generated plans: PAK and Smart, standalone, failover and cluster, on random days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate';
import type { EvaluateResult } from './result';
import type { FeatureId, FeatureValue } from './types';

const PAK_MODELS = ['asa-5516-x', 'asa-5525-x', 'asa-5545-x', 'asa-5585-x-ssp-20'] as const;
const SMART_MODELS = ['fpr-1120', 'fpr-2130', 'fpr-3130', 'fpr-4112', 'fpr-9300-sm-40'] as const;

const keyArb = (i: number) =>
  fc.record({
    id: fc.constant(`k${i}`),
    features: fc.oneof(
      fc.constant({ 'botnet-traffic-filter': true }),
      fc.constant({ 'gtp-gprs': true }),
      fc.constantFrom(2, 5, 10, 20, 50).map((n) => ({ 'security-contexts': n })),
      fc.constantFrom(24, 100, 500, 1000, 2000).map((n) => ({ 'uc-proxy-sessions': n })),
      fc.constantFrom(25, 250, 750, 2500).map((n) => ({ 'anyconnect-peers': n })),
    ),
    days: fc.integer({ min: 1, max: 400 }),
    installDay: fc.integer({ min: 0, max: 300 }),
    active: fc.boolean(),
    evaluation: fc.boolean(),
  });

const pakUnitArb = (id: string, model: string, tier: string) =>
  fc
    .record({
      contexts: fc.constantFrom(2, 5, 10, 20),
      uc: fc.constantFrom(2, 24, 100, 1000),
      peers: fc.constantFrom(2, 25, 250),
      keys: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => keyArb(i)))),
    })
    .map(({ contexts, uc, peers, keys }) => ({
      id,
      model,
      software: '9.16',
      permanent: { tier, features: { encryption: '3des-aes', 'security-contexts': contexts, 'uc-proxy-sessions': uc, 'anyconnect-peers': peers } },
      timeBased: keys,
    }));

const smartUnitArb = (id: string, model: string) =>
  fc
    .record({
      method: fc.constantFrom('regular', 'evaluation', 'unregistered', 'plr'),
      registeredDay: fc.integer({ min: 0, max: 200 }),
      exportControlled: fc.boolean(),
      contexts: fc.constantFrom(0, 5, 10, 30),
      carrier: fc.boolean(),
      strong: fc.boolean(),
    })
    .map(({ method, registeredDay, exportControlled, contexts, carrier, strong }) => ({
      id,
      model,
      smart: { method, registeredDay, exportControlled, entitlements: { standard: true, contexts, carrier, 'strong-encryption': strong } },
    }));

const modeArb = fc.constantFrom('standalone', 'failover', 'cluster');
const ids = (mode: string, n: number) => (mode === 'standalone' ? ['fw'] : Array.from({ length: mode === 'failover' ? 2 : n }, (_, i) => `u${i}`));

const linkDownArb = fc.option(fc.record({ day: fc.integer({ min: 0, max: 300 }), type: fc.constant('link-down'), days: fc.integer({ min: 1, max: 60 }) }), { nil: undefined });

const pakPlanArb = fc.tuple(modeArb, fc.constantFrom(...PAK_MODELS), fc.constantFrom('base', 'security-plus'), fc.integer({ min: 2, max: 4 }), linkDownArb).chain(([mode, model, tier, n, link]) =>
  fc.tuple(...ids(mode, n).map((id) => pakUnitArb(id, model, tier))).map((units) => ({
    format: 'asa-license-plan/1',
    name: 'generated',
    startDate: '2027-01-04',
    horizonDays: 1095,
    deployment: { mode, ...(mode === 'failover' ? { failover: 'active-standby' } : {}), contextMode: 'multiple', units },
    events: mode !== 'standalone' && link ? [link] : [],
  })),
);

const smartPlanArb = fc.tuple(modeArb, fc.constantFrom(...SMART_MODELS), fc.integer({ min: 2, max: 4 }), fc.constantFrom('active-standby', 'active-active')).chain(([mode, model, n, failover]) =>
  fc.tuple(...ids(mode, n).map((id) => smartUnitArb(id, model))).map((units) => ({
    format: 'asa-license-plan/1',
    name: 'generated',
    startDate: '2027-01-04',
    horizonDays: 1095,
    deployment: { mode, ...(mode === 'failover' ? { failover } : {}), contextMode: 'multiple', units },
  })),
);

/** Every feature of the running license and of each unit's own: [where, feature, running value, explained value]. */
function mismatches(r: EvaluateResult): [string, FeatureId, FeatureValue, FeatureValue | undefined][] {
  const out: [string, FeatureId, FeatureValue, FeatureValue | undefined][] = [];
  const check = (where: string, running: Partial<Record<FeatureId, FeatureValue>>, explained: Partial<Record<FeatureId, { value: FeatureValue }>>) => {
    for (const [f, v] of Object.entries(running) as [FeatureId, FeatureValue][]) if (!Object.is(explained[f]?.value, v)) out.push([where, f, v, explained[f]?.value]);
  };
  check('running', r.running, r.provenance.running);
  for (const [id, license] of Object.entries(r.units)) check(id, license, r.provenance.units[id] ?? {});
  return out;
}

/** How many features were checked, so a property that checks nothing fails. */
const featureCount = (r: EvaluateResult) => Object.keys(r.running).length + Object.values(r.units).reduce((n, l) => n + Object.keys(l).length, 0);

describe("each feature's explanation carries the running value", () => {
  it('PAK plans: standalone, failover pairs and clusters, keys, link-down, on random days', () => {
    fc.assert(
      fc.property(pakPlanArb, fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 6 }), (plan, days) => {
        for (const at of days) {
          const r = evaluatePlan(plan, { at });
          expect(featureCount(r)).toBeGreaterThan(0);
          expect(mismatches(r)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('Smart plans: standalone, failover (both kinds) and clusters, on random days', () => {
    fc.assert(
      fc.property(smartPlanArb, fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 6 }), (plan, days) => {
        for (const at of days) {
          const r = evaluatePlan(plan, { at });
          expect(featureCount(r)).toBeGreaterThan(0);
          expect(mismatches(r)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a combined stretch with a capped sum explains the cap with the same number it runs', () => {
    // 000 §"How Failover or ASA Cluster Licenses Combine": a 5545-X with 20 contexts and another with 10 combine to 30.
    const unit = (id: string, contexts: number) => ({
      id,
      model: 'asa-5545-x',
      software: '9.16',
      permanent: { tier: 'security-plus', features: { encryption: '3des-aes', 'security-contexts': contexts } },
      timeBased: [],
    });
    const r = evaluatePlan(
      { format: 'asa-license-plan/1', name: 'x', startDate: '2027-01-04', horizonDays: 365, deployment: { mode: 'failover', failover: 'active-standby', units: [unit('a', 20), unit('b', 10)] } },
      { at: 0 },
    );
    expect(r.running['security-contexts']).toBe(30);
    expect(r.provenance.running['security-contexts']).toMatchObject({ value: 30, source: 'combined', rule: '20 (a) + 10 (b) = 30' });
  });
});
