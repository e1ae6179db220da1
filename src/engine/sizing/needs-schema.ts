// Needs format v1, validated with the same path / value / rule messages as a plan (parse-plan.ts).
import { z } from 'zod';
import { jsonPath, preview, valueAt } from '../plan/json-path';
import { ruleOf } from '../plan/parse-plan';
import { LIMITS, SOFTWARE_PATTERN } from '../plan/schema';
import { FEATURES } from '../catalog/features';
import { FEATURE_IDS, type FeatureId, type Issue } from '../types';
import { NEEDS_FORMAT, type Needs } from './types';

const SPEC = 'plan-format.md §"Sizing"';

const deployment = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('standalone') }),
  z.object({ mode: z.literal('failover'), failover: z.enum(['active-standby', 'active-active']).default('active-standby') }),
  z.object({ mode: z.literal('cluster'), units: z.int().min(2).max(16) }),
]);

const featureValue = z.union([z.number().int().min(0).max(100_000_000), z.boolean(), z.string().max(40)]);

const quoted = (vs: readonly unknown[]): string => {
  const all = vs.map((v) => JSON.stringify(v));
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
};

/**
 * What a need may ask of each feature (plan-format.md "Feature ids and values"; a need is the
 * value the deployment must reach, so never "unsupported"): a number for the number features
 * (clustering: the units, or true), true/false for the toggles, one of the choices otherwise.
 * Null when the value fits; else the rule, which follows the value in the message.
 */
export function needValueProblem(feature: FeatureId, value: unknown): string | null {
  const def = FEATURES[feature];
  if (feature === 'clustering') return typeof value === 'number' || value === true ? null : `must be true or a number of units (${def.label})`;
  if (def.kind === 'number') return typeof value === 'number' ? null : `must be a number: the least the deployment must run (${def.label})`;
  if (def.kind === 'toggle') return typeof value === 'boolean' ? null : `must be true or false (${def.label})`;
  const choices = (def.ranking ?? []).filter((v) => v !== 'unsupported');
  return choices.some((v) => Object.is(v, value)) ? null : `must be ${quoted(choices)} (${def.label})`;
}

const featureNeeds = z.partialRecord(z.enum(FEATURE_IDS), featureValue).check((payload) => {
  for (const [feature, value] of Object.entries(payload.value) as [FeatureId, unknown][]) {
    const problem = needValueProblem(feature, value);
    if (problem !== null) payload.issues.push({ code: 'custom', message: problem, path: [feature], input: value });
  }
});

export const needsSchema = z.object({
  format: z.literal(NEEDS_FORMAT),
  deployment: deployment.default({ mode: 'standalone' }),
  licensing: z.enum(['pak', 'smart', 'either']).default('either'),
  software: z.string().max(32).regex(SOFTWARE_PATTERN, 'must be a software version such as "9.16" or "8.4(7)"').optional(),
  contextMode: z.enum(['single', 'multiple']).optional(),
  termYears: z
    .int()
    .min(1)
    .max(Math.floor(LIMITS.maxDay / 366))
    .optional(),
  features: featureNeeds.default({}),
});

export type NeedsRead = { ok: true; needs: Needs } | { ok: false; issues: Issue[] };

export function parseNeeds(input: unknown): NeedsRead {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ severity: 'error', code: 'needs-not-object', message: `needs: ${preview(input)} is not a needs object (${SPEC})`, path: '', cite: SPEC }] };
  }
  const parsed = needsSchema.safeParse(input);
  if (parsed.success) return { ok: true, needs: parsed.data as Needs };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 50).map((zi) => {
      const path = jsonPath(zi.path);
      const value = valueAt(input, zi.path);
      return { severity: 'error', code: 'needs-schema', message: `${path || 'needs'}: ${value === undefined ? 'missing' : preview(value)} ${ruleOf(zi, value)}`, path, cite: SPEC };
    }),
  };
}
