// 000 §"How Failover or ASA Cluster Licenses Combine", with the section's examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAK_MODELS } from '../catalog/pak/index';
import { evaluatePlan } from '../evaluate';
import type { FeatureId, License } from '../types';
import { combineUnitLicenses, createUnitCombiner } from './combine-units';
import { featureMask } from './feature-mask';
import { key, pakUnit, plan } from '../test-support/plan-builders';

describe('failover and cluster combination (PAK)', () => {
  it('two units with 24 TLS proxy sessions each combine to 48', () => {
    const p = plan({ units: [pakUnit({ id: 'a', features: { 'uc-proxy-sessions': 24 } }), pakUnit({ id: 'b', features: { 'uc-proxy-sessions': 24 } })] });
    expect(evaluatePlan(p).running['uc-proxy-sessions']).toBe(48);
  });

  it('5545-X with 1000 and 2000 TLS proxy sessions: capped at the 2000 platform limit', () => {
    const p = plan({ units: [pakUnit({ id: 'a', features: { 'uc-proxy-sessions': 1000 } }), pakUnit({ id: 'b', features: { 'uc-proxy-sessions': 2000 } })] });
    const r = evaluatePlan(p);
    expect(r.running['uc-proxy-sessions']).toBe(2000);
    expect(r.provenance.running['uc-proxy-sessions']).toMatchObject({ uncapped: 3000, limit: 2000 });
  });

  it('5545-X with 20 and 10 contexts: 30 combined; each unit keeps its own figure', () => {
    const p = plan({
      contextMode: 'multiple',
      failover: 'active-active',
      units: [pakUnit({ id: 'a', features: { 'security-contexts': 20 } }), pakUnit({ id: 'b', features: { 'security-contexts': 10 } })],
    });
    const r = evaluatePlan(p);
    expect(r.valid).toBe(true);
    expect(r.running['security-contexts']).toBe(30);
    expect(r.units.a?.['security-contexts']).toBe(20);
    expect(r.units.b?.['security-contexts']).toBe(10);
    expect(r.issues.some((i) => i.code === 'active-active-contexts-divided')).toBe(true);
  });

  it('2 ASA 5516-X with the default 2 contexts: 4 (limit 5), with the 5516-X clustering warning', () => {
    const p = plan({ mode: 'cluster', units: [pakUnit({ id: 'a', model: 'asa-5516-x' }), pakUnit({ id: 'b', model: 'asa-5516-x' })] });
    const r = evaluatePlan(p);
    expect(r.running['security-contexts']).toBe(4);
    expect(r.valid).toBe(true);
    expect(r.issues.filter((i) => i.code === 'cluster-5516-disagreement')).toHaveLength(2);
  });

  it('four ASA 5516-X, three with 5 contexts and one with 2: 5 (the platform limit)', () => {
    const units = ['a', 'b', 'c'].map((id) => pakUnit({ id, model: 'asa-5516-x', features: { 'security-contexts': 5 } }));
    const p = plan({ mode: 'cluster', units: [...units, pakUnit({ id: 'd', model: 'asa-5516-x' })] });
    expect(evaluatePlan(p).running['security-contexts']).toBe(5);
  });

  it('enabled wins: GTP/GPRS on one unit enables it for the pair', () => {
    const p = plan({ units: [pakUnit({ id: 'a' }), pakUnit({ id: 'b', features: { 'gtp-gprs': true } })] });
    expect(evaluatePlan(p).running['gtp-gprs']).toBe(true);
  });

  it('time-based numeric keys count down together on both units', () => {
    const p = plan({ units: [pakUnit({ id: 'a', keys: [key('ac-a', { 'anyconnect-peers': 1000 }, 100)] }), pakUnit({ id: 'b', keys: [key('ac-b', { 'anyconnect-peers': 1000 }, 100)] })] });
    const r = evaluatePlan(p, { at: 40 });
    expect(r.keys.map((k) => k.remainingDays)).toEqual([60, 60]);
    expect(r.running['anyconnect-peers']).toBe(2000);
    expect(evaluatePlan(p, { at: 100 }).running['anyconnect-peers']).toBe(0);
  });

  it('48 weeks of Botnet on each unit give 96 weeks; the primary counts first', () => {
    const btf = (id: string) => key(id, { 'botnet-traffic-filter': true }, 48 * 7);
    const p = plan({ units: [pakUnit({ id: 'a', features: { encryption: '3des-aes' }, keys: [btf('a1')] }), pakUnit({ id: 'b', features: { encryption: '3des-aes' }, keys: [btf('b1')] })] });
    const mid = evaluatePlan(p, { at: 30 * 7 });
    expect(mid.keys).toMatchObject([
      { key: 'a1', remainingDays: 18 * 7, counting: true },
      { key: 'b1', remainingDays: 48 * 7, counting: false },
    ]);
    expect(evaluatePlan(p, { at: 96 * 7 - 1 }).running['botnet-traffic-filter']).toBe(true);
    expect(evaluatePlan(p, { at: 96 * 7 }).running['botnet-traffic-filter']).toBe(false);
  });
});

describe('the incremental combiner', () => {
  const model = PAK_MODELS['asa-5585-x-ssp-60'];
  const license = fc.record(
    {
      'security-contexts': fc.constantFrom(2, 5, 10, 20, 100, 250),
      'uc-proxy-sessions': fc.constantFrom(2, 24, 100, 5000, 10000),
      'anyconnect-peers': fc.constantFrom(0, 1000, 5000, 10000),
      'botnet-traffic-filter': fc.boolean(),
      encryption: fc.constantFrom('base', '3des-aes'),
      'gtp-gprs': fc.boolean(),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<License>;

  it('after any sequence of unit changes, equals combining all units from scratch (sums capped at the platform limit)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.array(fc.tuple(fc.nat(5), license, fc.boolean()), { minLength: 1, maxLength: 30 }), (units, changes) => {
        const combiner = createUnitCombiner(model, units);
        const current: License[] = Array.from({ length: units }, () => ({}));
        for (const [u, next, listChanges] of changes) {
          const index = u % units;
          // As the simulation does: either the exact set of features that changed, or none (compare all).
          const changed = [...new Set([...Object.keys(current[index]!), ...Object.keys(next)])].filter((f) => !Object.is(current[index]![f as FeatureId], next[f as FeatureId])) as FeatureId[];
          combiner.set(index, next, listChanges ? featureMask(changed) : undefined);
          current[index] = next;
          const expected = combineUnitLicenses(
            model,
            current.map((l, i) => ({ unit: `u${i}`, license: l })),
          ).license;
          expect(combiner.combine()).toStrictEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same object when a change leaves the combined license as it was', () => {
    const combiner = createUnitCombiner(model, 2);
    combiner.set(0, { 'security-contexts': 10 });
    combiner.set(1, { 'security-contexts': 20 });
    const first = combiner.combine();
    expect(first).toEqual({ 'security-contexts': 30 });
    combiner.set(0, { 'security-contexts': 10 }, 0); // no feature changed
    expect(combiner.combine()).toBe(first);
  });
});
