// A fleet: a named collection of plans (FLEET-FORMAT.md). The envelope is checked with zod; every
// plan in it is a plan of ../shared/spec/plan-format.md, read by parsePlan unchanged, and its
// issues come back with the plan's index in the path ("plans[3].deployment.units[0].model: …").
import { z } from 'zod';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';

export const FLEET_FORMAT = 'asa-license-fleet/1';
export const FLEET_LIMITS = { maxPlans: 5000, maxNameLength: 200 } as const;
const SPEC = 'FLEET-FORMAT.md';

export const fleetEnvelopeSchema = z.object({
  format: z.literal(FLEET_FORMAT),
  name: z.string().max(FLEET_LIMITS.maxNameLength).default('Untitled fleet'),
  plans: z.array(z.unknown()).max(FLEET_LIMITS.maxPlans),
});

export interface Fleet {
  format: typeof FLEET_FORMAT;
  name: string;
  plans: Plan[];
}

export type FleetParseResult = { ok: true; fleet: Fleet } | { ok: false; issues: Issue[] };

function envelopeMessage(issue: z.core.$ZodIssue, input: Record<string, unknown>): string {
  const path = issue.path.map(String).join('.') || 'fleet';
  if (issue.path[0] === 'format') return `format: ${JSON.stringify(input.format)} is not a fleet file; a fleet file says "format": "${FLEET_FORMAT}" (${SPEC})`;
  if (issue.path[0] === 'plans' && issue.code === 'too_big') return `plans: a fleet holds at most ${FLEET_LIMITS.maxPlans} plans (${SPEC})`;
  if (issue.path[0] === 'plans') return `plans: must be a list of plans (${SPEC})`;
  if (issue.path[0] === 'name') return `name: must be text of at most ${FLEET_LIMITS.maxNameLength} characters (${SPEC})`;
  return `${path}: ${issue.message} (${SPEC})`;
}

/** Reads an untrusted fleet: never throws; an error names the plan by index and the field by path. */
export function parseFleet(input: unknown): FleetParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ severity: 'error', code: 'fleet-not-object', message: `the file is not a fleet object (${SPEC})`, path: '', cite: SPEC }] };
  }
  const envelope = fleetEnvelopeSchema.safeParse(input);
  if (!envelope.success) {
    return {
      ok: false,
      issues: envelope.error.issues
        .slice(0, 20)
        .map((i) => ({ severity: 'error' as const, code: 'fleet-invalid', message: envelopeMessage(i, input as Record<string, unknown>), path: i.path.map(String).join('.'), cite: SPEC })),
    };
  }
  const plans: Plan[] = [];
  const issues: Issue[] = [];
  envelope.data.plans.forEach((raw, index) => {
    const read = parsePlan(raw);
    if (read.ok) plans.push(read.plan);
    else if (issues.length < 100) {
      for (const i of read.issues) {
        const path = `plans[${index}]${i.path ? `.${i.path}` : ''}`;
        issues.push({ ...i, path, message: `plans[${index}]${i.path && i.message.startsWith(i.path) ? `.${i.message}` : `: ${i.message}`}` });
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, fleet: { format: FLEET_FORMAT, name: envelope.data.name, plans } };
}

/** The fleet file's text (JSON, two-space indent, a final newline). */
export function serializeFleet(fleet: Pick<Fleet, 'name' | 'plans'>): string {
  return `${JSON.stringify({ format: FLEET_FORMAT, name: fleet.name, plans: fleet.plans }, null, 2)}\n`;
}
