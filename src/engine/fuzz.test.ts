// Fuzzing the loaders: random and mutated input never throws, and every rejection is a message
// that names where and why. Tens of thousands of cases, a few seconds.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDeviceText } from './device-text/index';
import { evaluatePlan } from './evaluate';

const examples = ['pak', 'ha', 'smart'].flatMap((d) => {
  const dir = join(__dirname, '../../../shared/examples', d);
  try {
    return readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).plan as unknown);
  } catch {
    return [];
  }
});
const fixtures = readdirSync(join(__dirname, 'device-text/fixtures')).map((f) => readFileSync(join(__dirname, 'device-text/fixtures', f), 'utf8'));

function expectClearResult(r: ReturnType<typeof evaluatePlan>): void {
  expect(typeof r.valid).toBe('boolean');
  for (const issue of r.issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(5);
  }
  if (!r.valid) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
}

/** Sets, deletes or replaces the value at a random path of a JSON tree. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [c, ...rest] = choices as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const i = c % value.length;
    const copy = [...value];
    if (rest.length === 0 && c % 7 === 0) copy.splice(i, 1);
    else copy[i] = mutate(copy[i], rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return { x: replacement };
  const k = keys[c % keys.length]!;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && c % 7 === 0) delete copy[k];
  else copy[k] = mutate(copy[k], rest, replacement);
  return copy;
}

describe('fuzzing', () => {
  it('evaluatePlan on random JSON never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => expectClearResult(evaluatePlan(v))),
      { numRuns: 8000 },
    );
  });

  it('evaluatePlan on mutated example plans never throws and explains every rejection', () => {
    expect(examples.length).toBeGreaterThan(20);
    const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0.5, 1e9, '', 'asa-5545-x', true, null, [], {}));
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(fc.nat(1000), { minLength: 1, maxLength: 7 }), replacement, fc.nat(1200), (plan, path, value, at) => {
        expectClearResult(evaluatePlan(mutate(plan, path, value), { at }));
      }),
      { numRuns: 15000 },
    );
  });

  it('importDeviceText on mutated device output never throws', () => {
    const edit = fc.record({ line: fc.nat(400), op: fc.constantFrom('drop', 'dup', 'garble', 'digits'), text: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { maxLength: 6 }), (text, edits) => {
        const lines = text.split('\n');
        for (const e of edits) {
          const i = e.line % Math.max(1, lines.length);
          if (e.op === 'drop') lines.splice(i, 1);
          else if (e.op === 'dup') lines.splice(i, 0, lines[i] ?? '');
          else if (e.op === 'garble') lines[i] = `${(lines[i] ?? '').slice(0, 10)}${e.text}`;
          else lines[i] = (lines[i] ?? '').replace(/\d+/g, (d) => String(Number(d) * 7 + 3));
        }
        const r = importDeviceText(lines.join('\n'), { startDate: '2027-01-04' });
        if (r.plan === null) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
        else expectClearResult(evaluatePlan(r.plan));
      }),
      { numRuns: 3000 },
    );
  });

  it('importDeviceText on random text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = importDeviceText(text, { startDate: '2027-01-04' });
        expect(r.plan === null || r.issues.every((i) => typeof i.message === 'string')).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
