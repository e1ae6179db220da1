// No import cycles in src/, type-only imports included. ESLint's import-x/no-cycle (eslint.config.js) catches the
// cycles that run (static and dynamic imports) but cannot follow `import type`; a type-only cycle is still two
// modules that each need the other, so this test reads every import and export-from and walks the graph.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = __dirname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [path] : [];
  });

const SPECIFIERS = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => existsSync(p) && statSync(p).isFile());
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const targets = [...text.matchAll(SPECIFIERS)].map((m) => resolveImport(file, m[1] ?? '')).filter((p): p is string => p !== undefined);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The groups of two or more modules that reach each other (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph', () => {
  const files = sources(root);

  it('reads every import form', () => {
    const g = importGraph(files);
    const of = (p: string) => (g.get(join(root, p)) ?? []).map((t) => relative(root, t));
    expect(of('engine/result.ts')).toContain('engine/timeline-event.ts'); // import type + export type … from
    expect(of('app/engine-loader/engine-runtime.ts')).toEqual(['app/engine-loader/engine-deferred.ts']); // import type * as, and import()
    expect(of('engine/index.ts')).toContain('engine/catalog/index.ts'); // a folder's index
  });

  it('finds a cycle, type-only or not', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycle in src/', () => {
    expect(cycles(importGraph(files)).map((group) => group.map((f) => relative(root, f)))).toEqual([]);
  });
});
