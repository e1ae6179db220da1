// Hostile plans get a clear error in bounded time, never a crash or a silently wrong number.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, standalone } from '../test-support/plan-builders';

const firstError = (p: unknown) => evaluatePlan(p).issues.find((i) => i.severity === 'error')?.message;

describe('hostile plans', () => {
  it('a million time-based keys', () => {
    const p = standalone({});
    const keys = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `k${i}`, features: { 'gtp-gprs': true }, days: 1 }));
    (p.deployment.units[0] as { timeBased: unknown[] }).timeBased = keys;
    expect(firstError(p)).toBe('deployment.units[0].timeBased: 1000000 items is more than 20000');
  });

  it('a million days', () => {
    expect(firstError({ ...standalone({}), horizonDays: 1_000_000 })).toBe('horizonDays: 1000000 must be at most 36600');
    expect(firstError(standalone({ keys: [key('k', { 'gtp-gprs': true }, 1_000_000)] }))).toBe('deployment.units[0].timeBased[0].days: 1000000 must be at most 36600');
  });

  it('negative and fractional numbers', () => {
    expect(firstError(standalone({ keys: [key('k', { 'gtp-gprs': true }, 10, { installDay: 2.5 })] }))).toBe('deployment.units[0].timeBased[0].installDay: 2.5 must be a whole number');
    expect(firstError(standalone({ features: { 'security-contexts': -5 } }))).toMatch(/^deployment\.units\[0\]\.permanent\.features\.security-contexts: -5 is not a Security Contexts license/);
    expect(firstError(standalone({ features: { 'anyconnect-peers': 10.5 } }))).toMatch(/10\.5 is not a AnyConnect Premium Peers license/);
  });

  it('__proto__, constructor and prototype keys', () => {
    const p = JSON.parse(
      `{"format":"asa-license-plan/1","startDate":"2027-01-04","deployment":{"units":[{"id":"fw","model":"asa-5545-x","permanent":{"tier":"base","features":{"__proto__":{"polluted":true}}}}]}}`,
    );
    expect(firstError(p)).toBe('deployment.units[0].permanent.features.__proto__: "__proto__" is not allowed as a field name');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(firstError({ ...standalone({}), constructor: 1 })).toMatch(/"constructor" is not allowed/);
  });

  it('huge strings', () => {
    expect(firstError({ ...standalone({}), name: 'x'.repeat(5_000_000) })).toBe('name: a string of 5000000 characters is longer than 10000');
    expect(firstError({ ...standalone({}), name: 'x'.repeat(5000) })).toBe(`name: "${'x'.repeat(56)}… must be at most 200 characters`);
  });

  it('deeply nested JSON', () => {
    let nested: unknown = 1;
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(firstError({ ...standalone({}), extra: nested })).toMatch(/^extra(\[0\])+: nested deeper than 24 levels/);
    expect(firstError(nested)).toBe('plan: an array too deep to show is not a plan object (plan-format.md §"Plan")');
  });

  it('unknown models and features', () => {
    expect(firstError(standalone({ model: 'asa-9999' }))).toMatch(/^deployment\.units\[0\]\.model: "asa-9999" must be one of/);
    expect(firstError(standalone({ features: { 'free-beer': true } }))).toMatch(/"free-beer" is not a feature id/);
  });
});
