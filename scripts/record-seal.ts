// The id of the plan and view rules this build reads saved records with: a hash of the sources
// that decide what `restoreRecord` returns (the engine's validation, the view schema, the record
// reader). A saved record sealed under another id is read the long way, through the engine
// (src/app/persistence/sealed-record.ts). Used by vite.config.ts and vitest.config.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = [
  'src/engine',
  'src/app/store/view-state.ts',
  'src/app/store/view-state-schema.ts',
  'src/app/persistence/saved-record.ts',
  'src/app/persistence/sealed-record.ts',
  'src/app/persistence/plan-reading.ts',
  'src/app/persistence/plan-format.ts',
];

function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => sources(join(path, name)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
}

export function recordSeal(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of ROOTS.flatMap((r) => sources(join(root, r)))) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
