// `npm run bench`: the engine's figures, measured on the engine as the app ships it.
// Vite bundles bench/engine.bench.ts and the engine into one module, as it bundles the engine into
// the app, and Node runs that. Run through tsx instead, every module stays CommonJS and every inner
// function is wrapped in a `__name(fn, "name")` call when it is created (its keep-names option), which
// added ~0.5 ms to (b) in session 8 (BENCHMARKS.md): a cost of the loader, not of the engine.
import { build } from 'vite';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}node_modules/.cache/engine-bench`;
await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: { ssr: 'bench/engine.bench.ts', outDir, emptyOutDir: true, minify: false, target: 'node20' },
});
await import(pathToFileURL(`${outDir}/engine.bench.js`).href);
