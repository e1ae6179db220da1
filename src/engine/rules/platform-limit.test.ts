// 000 §"How Failover or ASA Cluster Licenses Combine": "the values from each unit's licenses are
// combined up to the platform limit" — also where the model's table gives one fixed value.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { pakUnit, plan } from '../test-support/plan-builders';

describe('combined numeric features are capped at the platform limit, fixed values included', () => {
  it.each([
    // model, tier, the table's single UC/TLS proxy value (000 §"ASA 5508-X License Features", …)
    ['asa-5508-x', 'base', 320],
    ['asa-5516-x', 'base', 1000],
    ['asa-5506-x', 'security-plus', 160],
    ['asa-5506h-x', 'base', 160],
    ['isa-3000', 'security-plus', 160],
  ])('a %s pair runs %s UC proxy sessions at most (%s), not twice that', (model, tier, value) => {
    const r = evaluatePlan(plan({ units: [pakUnit({ id: 'a', model, tier }), pakUnit({ id: 'b', model, tier })] }));
    expect(r.units.a!['uc-proxy-sessions']).toBe(value);
    expect(r.running['uc-proxy-sessions']).toBe(value);
    expect(r.provenance.running['uc-proxy-sessions']).toMatchObject({ uncapped: 2 * value, limit: value });
  });

  it('a 5545-X pair: 1000 + 2000 TLS proxy sessions run 2000 (the example of 000)', () => {
    const r = evaluatePlan(plan({ units: [pakUnit({ id: 'a', features: { 'uc-proxy-sessions': 1000 } }), pakUnit({ id: 'b', features: { 'uc-proxy-sessions': 2000 } })] }));
    expect(r.running['uc-proxy-sessions']).toBe(2000);
  });
});
