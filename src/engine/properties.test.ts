// Property tests (fast-check) of engine invariants over random valid PAK plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from './analyze-plan';
import { PAK_MODELS } from './catalog/pak/index';
import { platformLimit } from './rules/combine-units';
import { evaluatePlan } from './evaluate';
import { resultAt } from './result-at';
import { plan } from './test-support/plan-builders';
import type { FeatureId } from './types';

const MODELS = ['asa-5525-x', 'asa-5545-x', 'asa-5555-x', 'asa-5585-x-ssp-20', 'asasm'] as const;

const keyFeatures = fc.oneof(
  fc.constant({ 'botnet-traffic-filter': true }),
  fc.constant({ 'gtp-gprs': true }),
  fc.constantFrom(5, 10, 20).map((n) => ({ 'security-contexts': n })),
  fc.constantFrom(24, 100, 500, 1000).map((n) => ({ 'uc-proxy-sessions': n })),
  fc.constantFrom(250, 750).map((n) => ({ 'anyconnect-peers': n })),
);

const timeBasedKey = (i: number) =>
  fc.record({
    id: fc.constant(`k${i}`),
    features: keyFeatures,
    days: fc.integer({ min: 1, max: 400 }),
    installDay: fc.integer({ min: 0, max: 300 }),
    active: fc.boolean(),
    evaluation: fc.constant(false),
  });

const unitArb = (id: string, model: string) =>
  fc
    .record({
      contexts: fc.constantFrom(2, 5, 10, 20),
      uc: fc.constantFrom(2, 24, 100, 1000),
      keys: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => timeBasedKey(i)))),
    })
    .map(({ contexts, uc, keys }) => ({
      id,
      model,
      software: '9.16',
      permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': contexts, 'uc-proxy-sessions': uc } },
      timeBased: keys,
    }));

const eventArb = (units: string[]) =>
  fc.array(
    fc.oneof(
      fc.record({ day: fc.integer({ min: 0, max: 500 }), type: fc.constant('power-off'), unit: fc.constantFrom(...units), days: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ day: fc.integer({ min: 0, max: 500 }), type: fc.constant('link-down'), days: fc.integer({ min: 1, max: 60 }) }),
    ),
    { maxLength: 3 },
  );

const planArb = fc.constantFrom(...MODELS).chain((model) =>
  fc.boolean().chain((pair) => {
    const ids = pair ? ['a', 'b'] : ['fw'];
    return fc.tuple(fc.tuple(...ids.map((id) => unitArb(id, model))), pair ? eventArb(ids) : fc.constant([])).map(([units, events]) => {
      // Keep link-down windows apart: overlapping windows are an error by design.
      const links = events.filter((e) => e.type === 'link-down').slice(0, 1);
      // Power-offs of one unit apart too (overlapping ones are refused: plan/power-off-overlap.ts).
      const lastEnd = new Map<string, number>();
      const power = events
        .filter((e): e is typeof e & { unit: string } => e.type !== 'link-down')
        .sort((x, y) => x.day - y.day)
        .filter((e) => {
          if (e.day < (lastEnd.get(e.unit) ?? 0)) return false;
          lastEnd.set(e.unit, e.day + e.days);
          return true;
        });
      return plan({ units, events: [...power, ...links], mode: pair ? 'failover' : 'standalone' });
    });
  }),
);

const days = [0, 1, 30, 99, 100, 180, 365, 500, 730, 1000, 1500];
const NUMERIC: FeatureId[] = ['security-contexts', 'uc-proxy-sessions', 'anyconnect-peers'];

describe('engine invariants', () => {
  it('generated plans are valid', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        expect(evaluatePlan(p).issues.filter((i) => i.severity === 'error')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('running values never exceed the platform limits', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const model = PAK_MODELS[(p.deployment.units[0] as { model: (typeof MODELS)[number] }).model];
        const analysis = analyzePlan(p);
        for (const segment of analysis.combined) {
          for (const f of NUMERIC) {
            const v = segment.running[f];
            if (typeof v === 'number') expect(v).toBeLessThanOrEqual(platformLimit(model, f)!);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('two identical stacked keys equal one key of the summed duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 1000 }), (d1, d2, probe) => {
        const x = Math.floor(d1 / 2);
        const unit = (keys: object[]) => ({ id: 'fw', model: 'asa-5545-x', permanent: { tier: 'base', features: { encryption: '3des-aes' } }, timeBased: keys });
        const btf = { 'botnet-traffic-filter': true };
        const stacked = plan({
          units: [
            unit([
              { id: 'k1', features: btf, days: d1 },
              { id: 'k2', features: btf, days: d2, installDay: x },
            ]),
          ],
        });
        const single = plan({ units: [unit([{ id: 'k1', features: btf, days: d1 + d2 }])] });
        const day = x + probe;
        const a = evaluatePlan(stacked, { at: day });
        const b = evaluatePlan(single, { at: day });
        expect(a.running).toEqual(b.running);
        expect(a.keys[0]!.remainingDays).toBe(b.keys[0]!.remainingDays);
      }),
      { numRuns: 200 },
    );
  });

  it('remaining days never increase from one day to the next, except by stacking', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const analysis = analyzePlan(p);
        const stackDays = new Set(analysis.events.filter((e) => e.type === 'stacked').map((e) => `${e.unit}|${e.key}|${e.day}`));
        for (const key of analysis.keys) {
          let previous: number | null = null;
          for (let day = 0; day <= 900; day += 1) {
            const status = resultAt(analysis, day).keys.find((k) => k.unit === key.unit && k.key === key.id)!;
            if (!status.installed) continue;
            if (previous !== null && status.remainingDays > previous) {
              expect(stackDays.has(`${key.unit}|${key.mergedInto ?? key.id}|${day}`)).toBe(true);
            }
            previous = status.remainingDays;
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('evaluation is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom(...days), (p, at) => {
        const before = JSON.stringify(p);
        const first = JSON.stringify(evaluatePlan(p, { at }));
        const second = JSON.stringify(evaluatePlan(JSON.parse(before), { at }));
        expect(first).toBe(second);
        expect(JSON.stringify(p)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it("a failover pair's combined value is at least each unit's own", () => {
    const pairs = planArb.filter((p) => p.deployment.units.length === 2);
    fc.assert(
      fc.property(pairs, fc.constantFrom(...days), (p, at) => {
        const r = evaluatePlan(p, { at });
        if (r.issues.some((i) => i.code === 'link-down-reverted')) return;
        for (const f of NUMERIC) {
          for (const unit of Object.values(r.units)) {
            const own = unit[f];
            const combined = r.running[f];
            if (typeof own === 'number' && typeof combined === 'number') expect(combined).toBeGreaterThanOrEqual(own);
          }
        }
        for (const unit of Object.values(r.units)) if (unit['botnet-traffic-filter'] === true) expect(r.running['botnet-traffic-filter']).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('removing an expired key changes nothing from its expiry on (standalone, the only key for its feature)', () => {
    const singles = planArb.filter((p) => p.deployment.units.length === 1);
    fc.assert(
      fc.property(singles, (p) => {
        const unit = p.deployment.units[0] as { timeBased: { id: string }[] };
        const analysis = analyzePlan(p);
        for (const key of analysis.keys) {
          if (key.expiredDay === null || key.mergedInto) continue;
          const features = Object.keys(key.features);
          const sharesFeature = analysis.keys.some((o) => o.id !== key.id && Object.keys(o.features).some((f) => features.includes(f)));
          if (sharesFeature) continue;
          const without = { ...p, deployment: { ...p.deployment, units: [{ ...unit, timeBased: unit.timeBased.filter((k) => k.id !== key.id) }] } };
          for (const day of [key.expiredDay, key.expiredDay + 1, key.expiredDay + 200]) {
            expect(evaluatePlan(without, { at: day }).running).toEqual(resultAt(analysis, day).running);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
