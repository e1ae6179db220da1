// Reading plans from outside (a file, a share link, an old save): the engine validates them,
// and its messages are what the user sees. Never throws.
import type { Issue, Plan } from '../../engine/index';
import { engine } from '../engine-loader/engine-runtime';

export type PlanReadResult = { ok: true; plan: Plan } | { ok: false; messages: string[]; issues: Issue[] };

export function readPlan(input: unknown): PlanReadResult {
  try {
    const parsed = engine().parsePlan(input);
    if (parsed.ok) return { ok: true, plan: parsed.plan };
    return { ok: false, issues: parsed.issues, messages: parsed.issues.map((i) => i.message) };
  } catch (err) {
    const message = `The plan could not be read: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, issues: [], messages: [message] };
  }
}

export function readPlanJson(text: string): PlanReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [], messages: [`This file is not JSON: ${detail}`] };
  }
  return readPlan(data);
}

export const planToJson = (plan: Plan): string => `${JSON.stringify(plan, null, 2)}\n`;

/** A file name for an exported plan: its name in kebab-case. */
export function exportFileName(plan: Plan): string {
  const slug = plan.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'plan'}.asa-plan.json`;
}
