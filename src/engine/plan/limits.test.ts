// The plan format's bounds and id pattern live in limits.ts only: every other module imports them
// (issue 23 item 3). A copy of the day bound or the id pattern anywhere else in src/ fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, LIMITS } from './limits';
import { parsePlan } from './parse-plan';

const SRC = new URL('../../', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

describe('the plan format limits have one source', () => {
  it('no module but limits.ts writes the day bound or the id pattern', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(200);
    const copies = files
      .filter((f) => !f.endsWith('plan/limits.ts'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /36_?600/.test(text) || text.includes(ID_PATTERN.source);
      });
    expect(copies).toEqual([]);
  });

  it('is what the schema enforces', () => {
    const plan = (horizonDays: number, id: string) => ({ format: 'asa-license-plan/1', startDate: '2027-01-01', horizonDays, deployment: { units: [{ id, model: 'asa-5545-x' }] } });
    expect(parsePlan(plan(LIMITS.maxDay, 'fw-1')).ok).toBe(true);
    expect(parsePlan(plan(LIMITS.maxDay + 1, 'fw-1')).ok).toBe(false);
    expect(parsePlan(plan(1, '-fw')).ok).toBe(false);
  });
});
