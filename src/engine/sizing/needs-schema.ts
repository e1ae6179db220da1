// Needs format v1, validated with the same path / value / rule messages as a plan (parse-plan.ts).
import { z } from 'zod';
import { jsonPath, preview, valueAt } from '../plan/json-path';
import { ruleOf } from '../plan/parse-plan';
import { LIMITS, SOFTWARE_PATTERN } from '../plan/schema';
import { FEATURE_IDS, type Issue } from '../types';
import { NEEDS_FORMAT, type Needs } from './types';

const SPEC = 'plan-format.md §"Sizing"';

const deployment = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('standalone') }),
  z.object({ mode: z.literal('failover'), failover: z.enum(['active-standby', 'active-active']).default('active-standby') }),
  z.object({ mode: z.literal('cluster'), units: z.int().min(2).max(16) }),
]);

const featureValue = z.union([z.number().int().min(0).max(100_000_000), z.boolean(), z.string().max(40)]);

export const needsSchema = z.object({
  format: z.literal(NEEDS_FORMAT),
  deployment: deployment.default({ mode: 'standalone' }),
  licensing: z.enum(['pak', 'smart', 'either']).default('either'),
  software: z.string().max(32).regex(SOFTWARE_PATTERN, 'must be a software version such as "9.16" or "8.4(7)"').optional(),
  contextMode: z.enum(['single', 'multiple']).optional(),
  termYears: z.int().min(1).max(Math.floor(LIMITS.maxDay / 366)).optional(),
  features: z.partialRecord(z.enum(FEATURE_IDS), featureValue).default({}),
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
