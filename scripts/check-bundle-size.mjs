#!/usr/bin/env node
// Prints the size of every built JavaScript chunk and fails when the initial JavaScript (the
// entry script and what it preloads) is over the budget of issue 8: 200 KB gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]));
const size = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const chunks = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: `assets/${f}`, ...size(`assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('chunk'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), ' initial');
for (const c of chunks) console.log(c.file.padEnd(52), kb(c.raw).padStart(10), kb(c.gzip).padStart(10), initial.has(c.file) ? ' yes' : '');
const total = chunks.filter((c) => initial.has(c.file)).reduce((s, c) => s + c.gzip, 0);
const ok = total <= BUDGET && initial.size > 0;
console.log(`initial JavaScript: ${kb(total)} gzipped of a ${kb(BUDGET)} budget (${initial.size} file(s)): ${ok ? 'within budget' : 'OVER BUDGET'}`);
console.log(`bundle budget: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
