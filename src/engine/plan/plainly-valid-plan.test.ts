import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigClusterPlan, oneUnitPlan, randomPlans } from '../../../bench/plans';
import { LIMITS } from './fields';
import { parsePlan } from './parse-plan';
import { plainlyValidPlan } from './plainly-valid-plan';
import { preflight } from './preflight';
import { planSchema } from './schema';

/** What the full path makes of the input: preflight first, then zod. */
function fullPath(input: unknown): { ok: true; plan: unknown } | { ok: false } {
  if (preflight(input)) return { ok: false };
  const parsed = planSchema.safeParse(input);
  return parsed.success ? { ok: true, plan: parsed.data } : { ok: false };
}

const base = () => ({
  format: 'asa-license-plan/1',
  name: 'p',
  startDate: '2027-01-04',
  horizonDays: 1095,
  deployment: {
    mode: 'failover',
    failover: 'active-standby',
    contextMode: 'multiple',
    units: [
      {
        id: 'fw-a',
        model: 'asa-5545-x',
        software: '9.16',
        permanent: { tier: 'security-plus', features: { encryption: '3des-aes', 'security-contexts': 10 } },
        timeBased: [{ id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 364, installDay: 5, active: false }],
      },
      { id: 'fw-b', model: 'asa-5545-x', permanent: { tier: 'security-plus' } },
    ],
  },
  events: [
    { day: 30, type: 'power-off', unit: 'fw-a', days: 3 },
    { day: 40, type: 'permanent-key', unit: 'fw-b', features: { 'security-contexts': 5 } },
  ],
});

// Values at and around every bound the plain path tests, valid and not, including what preflight refuses.
const odd = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, -1, 1.5, Number.NaN, '', 'x', [], {}, 'x'.repeat(LIMITS.maxIdLength + 1), 'n'.repeat(LIMITS.maxNameLength + 1)),
  fc.constantFrom('standalone', 'cluster', 'active-active', 'single', 'base', 'security-plus', 'K8', 'K7', '8.4(7)', 'nine', '2027-02-30', '2027-02-28', 'fpr-2110', 'asa-5585-x-ssp-60'),
  fc.constantFrom(36_600, 36_601, 365, 366, 64, 2000),
  fc.constantFrom({ constructor: true }, { ['__proto__']: 1 }, JSON.parse('{"__proto__": true}'), Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, i]))),
  fc.constantFrom({ standard: true }, { tier: 'base', features: {}, extra: 1 }, [{ id: 'k', features: {}, days: 1 }], [{ id: 'k', features: { constructor: 1 }, days: 1 }]),
  fc.constantFrom({ id: 'smart', model: 'fpr-2110', smart: {} }, { day: 1, type: 'link-down', days: 45 }, { day: 1, type: 'activate', unit: 'fw-a', key: 'btf-1', extra: 0 }),
);
const FIELDS = ['format', 'name', 'startDate', 'horizonDays', 'purchaseLeadDays', 'deployment', 'events', 'secureClient', 'extra', 'mode', 'failover', 'contextMode', 'units', 'id', 'model', 'software', 'partSuffix', 'noPayloadEncryption', 'permanent', 'timeBased', 'tier', 'features', 'days', 'installDay', 'active', 'note', '0', '1', '2'];

/** A copy of `plan` with the value at a random path (existing or new) set to `value`, or deleted. */
function mutate(plan: unknown, steps: number[], field: string, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(plan) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const step of steps) {
    const children = Object.keys(node).filter((k) => typeof node[k] === 'object' && node[k] !== null);
    if (children.length === 0) break;
    node = node[children[step % children.length]!] as Record<string, unknown>;
  }
  if (remove) delete node[field];
  else node[field] = value;
  return copy;
}
const mutation = fc.record({ steps: fc.array(fc.nat(), { maxLength: 5 }), field: fc.constantFrom(...FIELDS), value: odd, remove: fc.boolean() });
const mutated = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce<unknown>((p, m) => mutate(p, m.steps, m.field, m.value, m.remove), base()));

function expectSameAsFullPath(input: unknown): boolean {
  const plain = plainlyValidPlan(input);
  if (plain === null) return false;
  const full = fullPath(input);
  expect(full.ok).toBe(true);
  if (full.ok) {
    expect(plain).toStrictEqual(full.plan);
    // Same field order too (the JSON the command line prints depends on it).
    expect(JSON.stringify(plain)).toBe(JSON.stringify(full.plan));
  }
  return true;
}

describe('the plain plan check agrees with preflight and zod', () => {
  it('whatever it accepts, preflight passes and zod outputs the same plan, field order included', () => {
    let taken = 0;
    fc.assert(
      fc.property(mutated, (p) => {
        if (expectSameAsFullPath(p)) taken++;
      }),
      { numRuns: 4000 },
    );
    // Both sides of the edge are exercised: a fair share of the mutated plans stays plainly valid.
    expect(taken).toBeGreaterThan(200);
  });

  it('takes the benchmark plans, random plans and the shared PAK examples (the fast path is really used)', () => {
    const plans: unknown[] = [bigClusterPlan(3650), bigClusterPlan(36_500), oneUnitPlan(), base(), ...randomPlans(200, 7)];
    for (const p of plans) expect(expectSameAsFullPath(p)).toBe(true);
    let pakExamples = 0;
    for (const folder of ['pak', 'ha']) {
      const dir = new URL(`../../../../shared/examples/${folder}/`, import.meta.url);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const plan = JSON.parse(readFileSync(new URL(file, dir), 'utf8')).plan;
        if (expectSameAsFullPath(plan)) pakExamples++;
        else expect(JSON.stringify(plan)).toMatch(/fpr-|asav|secureClient/);
      }
    }
    expect(pakExamples).toBe(16);
  });

  it('leaves to the full path what it does not certainly accept, so the messages stay those of zod and preflight', () => {
    const withUnit = (unit: Record<string, unknown>) => ({ ...base(), deployment: { ...base().deployment, units: [unit] } });
    expect(plainlyValidPlan({ ...base(), extra: 1 })).toBeNull();
    expect(plainlyValidPlan({ ...base(), startDate: '2027-02-30' })).toBeNull();
    expect(plainlyValidPlan({ ...base(), name: undefined })).toBeNull();
    expect(plainlyValidPlan(withUnit({ id: 'a', model: 'fpr-2110', smart: {} }))).toBeNull();
    expect(plainlyValidPlan(withUnit({ id: 'a', model: 'asa-5545-x', permanent: { features: JSON.parse('{"__proto__": 1}') } }))).toBeNull();
    expect(parsePlan(withUnit({ id: 'a', model: 'asa-5545-x', permanent: { features: JSON.parse('{"__proto__": 1}') } }))).toMatchObject({ ok: false, issues: [{ code: 'plan-too-large' }] });
    expect(plainlyValidPlan({ ...base(), secureClient: { licenses: [] } })).toBeNull();
  });
});
