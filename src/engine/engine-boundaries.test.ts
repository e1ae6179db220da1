// src/engine is pure: no React, no store, no DOM, no Node I/O, no import from the app or the CLI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });

const FORBIDDEN_IMPORTS = /from\s+['"](react|react-dom|zustand|zundo|recharts|@tanstack\/[^'"]+|node:[^'"]+|fs|path|os|child_process|\.\.\/(?:\.\.\/)*(?:app|cli)\/[^'"]*)['"]/;
const FORBIDDEN_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator|fetch|XMLHttpRequest|process\.(?:argv|env|exit))\b/;

describe('engine boundaries', () => {
  const sources = files(root).filter((f) => !f.includes(`${join('engine', 'test-support')}`));
  it('finds the engine sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });
  it.each(sources.map((f) => [relative(root, f), f]))('%s imports nothing outside the pure engine', (_name, path) => {
    const text = readFileSync(path, 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    expect(text).not.toMatch(FORBIDDEN_IMPORTS);
    expect(text).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
