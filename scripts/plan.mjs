// `npm run plan -- …`: the command line (src/cli/main.ts), run from one bundled module.
// Through tsx every call spent ~2 s compiling ~150 TypeScript modules before doing 20 ms of work, and
// the scenario checker makes one call per scenario. So the CLI and the engine are bundled once by Vite
// (as `npm run bench` bundles them) into node_modules/.cache/plan-cli/, and rebuilt only when a file
// under src/, package-lock.json or this script is newer than the bundle. A call then costs Node's start-up (~0.1 s).
// Concurrent first calls each build into their own folder and rename the file into place: the last
// one wins, and every call runs a complete bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules/.cache');
const outDir = join(cacheDir, 'plan-cli');
const bundle = join(outDir, 'main.js');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (/\.(ts|tsx|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  // The bundle holds zod and date-fns too: an install that changed them (package-lock.json) rebuilds it.
  const lock = join(root, 'package-lock.json');
  const sources = Math.max(newestSourceTime(join(root, 'src')), statSync(fileURLToPath(import.meta.url)).mtimeMs, existsSync(lock) ? statSync(lock).mtimeMs : 0);
  return built >= sources;
}

async function rebuild() {
  const { build } = await import('vite');
  const tmp = join(cacheDir, `plan-cli-${process.pid}-${Date.now()}`);
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    // zod and date-fns bundled in too: loaded from node_modules as ~100 separate ES modules they
    // cost more start-up than the whole engine.
    ssr: { noExternal: true },
    build: { ssr: 'src/cli/main.ts', outDir: tmp, emptyOutDir: true, minify: false, target: 'node20' },
  });
  // One self-contained file (the CLI has no dynamic imports); renaming a file over another is atomic,
  // so a concurrent call never sees half a bundle.
  mkdirSync(outDir, { recursive: true });
  renameSync(join(tmp, 'main.js'), bundle);
  rmSync(tmp, { recursive: true, force: true });
}

let bundled = isFresh();
if (!bundled) {
  try {
    await rebuild();
    bundled = true;
  } catch (err) {
    // A cache that cannot be written (a read-only checkout): run the source through tsx instead.
    process.stderr.write(`plan: could not bundle the command line (${err instanceof Error ? err.message : String(err)}); running it through tsx\n`);
  }
}
if (bundled) await import(pathToFileURL(bundle).href);
else {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
