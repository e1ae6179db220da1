// Properties of sizing over random need sets: no fit that does not really fit (the engine's own
// evaluation of the fit's plan meets every need), and no model ruled out that could fit (a model
// ruled out of a single number need on a standalone unit is one whose catalog limit is below it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import type { FeatureId } from '../types';
import { allCandidates, numberMax } from './model-specs';
import { meets } from './need-check';
import { sizeDeployment } from './size-deployment';

const deployment = fc.oneof(
  fc.constant({ mode: 'standalone' }),
  fc.constantFrom('active-standby', 'active-active').map((failover) => ({ mode: 'failover', failover })),
  fc.integer({ min: 2, max: 4 }).map((units) => ({ mode: 'cluster', units })),
);
const features = fc.record(
  {
    'security-contexts': fc.constantFrom(2, 5, 10, 20, 25, 60, 100, 250),
    'anyconnect-peers': fc.constantFrom(50, 250, 750, 2500, 10000),
    carrier: fc.constant(true),
    encryption: fc.constant('3des-aes'),
    'botnet-traffic-filter': fc.constant(true),
    vlans: fc.constantFrom(50, 200, 1024),
  },
  { requiredKeys: [] },
);

describe('sizing properties', () => {
  it('every fit’s plan, evaluated by the engine, runs every need', () => {
    fc.assert(
      fc.property(deployment, features, fc.constantFrom('pak', 'smart', 'either'), (d, f, licensing) => {
        const r = sizeDeployment({ format: 'asa-license-needs/1', deployment: d, licensing, termYears: 1, features: f });
        expect(r.valid).toBe(true);
        for (const fit of r.fits) {
          const e = evaluatePlan(fit.plan);
          expect(e.valid).toBe(true);
          for (const [feature, need] of Object.entries(f)) expect(meets(feature as FeatureId, need, e.running[feature as FeatureId], e.valid)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a standalone unit ruled out of one number need is one whose catalog maximum is below it', () => {
    const features: FeatureId[] = ['security-contexts', 'anyconnect-peers', 'vlans', 'firewall-conns', 'uc-proxy-sessions'];
    fc.assert(
      fc.property(fc.constantFrom(...features), fc.integer({ min: 1, max: 20_000 }), (feature, need) => {
        const r = sizeDeployment({ format: 'asa-license-needs/1', features: { [feature]: need } });
        for (const o of r.ruledOut) {
          const c = allCandidates().find((x) => x.model.id === o.model && (x.licensing === 'pak' ? x.tier.id : null) === o.tier)!;
          const max = numberMax(c, feature);
          expect(max === undefined || max < need, `${o.model} ${o.tier} ruled out of ${feature} ${need} with max ${max}: ${o.reasons.map((x) => x.message).join('; ')}`).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
