// Structural validation of an untrusted plan against format v1. Every rejection names the JSON
// path, the value and the rule.
import type { z } from 'zod';
import type { Issue } from '../types';
import { foreignSections } from './foreign-sections';
import { jsonPath, preview, valueAt } from './json-path';
import { preflight } from './preflight';
import { LIMITS, PLAN_FORMAT, planSchema, type Plan } from './schema';

const SPEC = 'plan-format.md §"Plan"';

export type ParseResult = { ok: true; plan: Plan } | { ok: false; issues: Issue[] };

export function ruleOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `is required (${issue.expected})` : `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `allows at most ${String(issue.maximum)} items`
        : issue.origin === 'string'
          ? `must be at most ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.message.startsWith('Invalid discriminator') ? issue.message.replace('Invalid discriminator value. Expected ', 'must be one of ') : 'does not match any allowed form';
    default:
      return issue.message;
  }
}

export function parsePlan(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ severity: 'error', code: 'plan-not-object', message: `plan: ${preview(input)} is not a plan object (${SPEC})`, path: '', cite: SPEC }] };
  }
  const foreign = foreignSections(input);
  if (foreign.length > 0) return { ok: false, issues: foreign };
  const format = (input as Record<string, unknown>).format;
  if (format !== PLAN_FORMAT) {
    return {
      ok: false,
      issues: [{ severity: 'error', code: 'plan-format', message: `format: ${preview(format)} is not a supported plan format (expected "${PLAN_FORMAT}")`, path: 'format', cite: SPEC }],
    };
  }
  const tooLarge = preflight(input);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  const parsed = planSchema.safeParse(input);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issues: Issue[] = parsed.error.issues.slice(0, 50).map((zi) => {
    const path = jsonPath(zi.path);
    const value = valueAt(input, zi.path);
    const shown = value === undefined ? 'missing' : preview(value);
    return { severity: 'error', code: 'plan-schema', message: `${path || 'plan'}: ${shown} ${ruleOf(zi, value)}`, path, cite: SPEC };
  });
  if (parsed.error.issues.length > 50) {
    issues.push({ severity: 'error', code: 'plan-schema', message: `…and ${parsed.error.issues.length - 50} more problems`, cite: SPEC });
  }
  return { ok: false, issues };
}

export { LIMITS };
