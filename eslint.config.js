// ESLint flat config: typescript-eslint's recommended rules, no import cycles, and the layers' boundaries
// (README "Layout"). `npm run lint`; scripts/test-all.sh runs it after the typecheck.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The app reaches the engine through these entry points only:
const ENGINE_ENTRY_POINTS = [
  'src/engine/index.ts', // the engine's public surface; its functions load after the first paint (src/app/engine-loader/engine-deferred.ts)
  'src/engine/catalog/index.ts', // the catalog as one object: plain data
  'src/engine/device-text/index.ts', // device output import/render: a chunk of its own, loaded lazily
  'src/engine/secure-client/index.ts', // the Secure Client rules the app's panels call
  'src/engine/fleet/index.ts', // the fleet page (a lazy chunk and its worker)
  // Small pure modules that modules on the first paint's path import directly, so that the engine's chunk (and zod,
  // which src/engine/index.ts pulls in) stays out of the first paint (scripts/check-bundle-size.mjs):
  'src/engine/types.ts',
  'src/engine/dates.ts', // the one calendar module (plain arithmetic, date-fns for months)
  'src/engine/plan/limits.ts', // the plan format's bounds and id pattern (plain data)
  'src/engine/catalog/features.ts',
  'src/engine/catalog/types.ts',
  'src/engine/catalog/smart/index.ts',
  'src/engine/catalog/smart/types.ts',
  'src/engine/smart/context-total.ts',
  'src/engine/text/control-characters.ts',
  'src/engine/rules/renewal-warnings.ts',
  'src/engine/secure-client-integration.ts',
];

// The app's layout (ARCHITECTURE.md "The app"): src/app/shell (the page frame and routing) may import everything;
// src/app/features/X never imports src/app/features/Y nor the shell; what two features need lives in the shared
// layers below them (ui, store, persistence, engine-loader), which import no feature and not the shell.
const SHARED_LAYERS = ['ui', 'store', 'persistence', 'engine-loader'];
const FEATURES = readdirSync(new URL('./src/app/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const BOUNDARIES = [
  { target: './src/engine', from: ['./src/app', './src/cli', './src/main.tsx'], message: 'src/engine imports nothing of the app or the CLI.' },
  { target: './src/cli', from: ['./src/app', './src/main.tsx'], message: 'src/cli may import the engine, not the app.' },
  {
    target: ['./src/app', './src/main.tsx'],
    from: './src/engine',
    except: ENGINE_ENTRY_POINTS.map((p) => p.replace('src/engine/', './')),
    message: 'The app imports the engine only through its entry points (ENGINE_ENTRY_POINTS in eslint.config.js).',
  },
  ...FEATURES.map((name) => ({
    target: `./src/app/features/${name}`,
    from: './src/app/features',
    except: [`./${name}`],
    message: 'A feature does not import another feature: move what both need to src/app/ui, store, persistence or engine-loader.',
  })),
  { target: './src/app/features', from: './src/app/shell', message: 'A feature does not import the shell (src/app/shell composes the features).' },
];
const SHARED_LAYER_ZONES = SHARED_LAYERS.map((layer) => ({
  target: `./src/app/${layer}`,
  from: ['./src/app/features', './src/app/shell'],
  message: `src/app/${layer} is shared by the features: it imports no feature and not the shell.`,
}));

const PURE = 'src/engine is pure: no UI library, no store, no Node I/O (also src/engine/engine-boundaries.test.ts).';

export default defineConfig([
  globalIgnores(['dist/', 'dev-dist/', 'test-results/', 'playwright-report/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended, // not type-aware: see README "Tests" (the whole lint stays well under a minute)
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      // Without these two, import-x skips .ts/.tsx files when it follows imports, and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-self-import': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // `_name` marks a value left unused on purpose (a dropped field, a skipped tuple slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The device-text, CSV and .ics code matches control characters on purpose, to strip them.
      'no-control-regex': 'off',
    },
  },
  {
    // Cycles that run are errors, dynamic import() included. import-x does not follow type-only imports (erased
    // under isolatedModules); src/import-cycles.test.ts checks the graph with them. Test files are skipped: nothing
    // imports them, so they close no cycle, and following every test's imports would double the lint's time.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'recharts', 'zustand', 'zundo', 'fs', 'path', 'os', 'child_process'].map((name) => ({ name, message: PURE })),
          patterns: [{ group: ['react/*', 'react-dom/*', 'recharts/*', 'zustand/*', 'zundo/*', '@tanstack/*', 'node:*', 'fs/*'], message: PURE }],
        },
      ],
      'no-restricted-globals': ['error', ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'XMLHttpRequest'].map((name) => ({ name, message: PURE }))],
      'no-restricted-properties': ['error', ...['argv', 'env', 'exit'].map((property) => ({ object: 'process', property, message: PURE }))],
    },
  },
  // Production code gets every zone; a test may also reach from a shared layer into a feature (store/unit-peers.test.ts
  // checks the store against the editor's mismatch grouping).
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/**/*.test.ts'], rules: { 'import-x/no-restricted-paths': ['error', { zones: [...BOUNDARIES, ...SHARED_LAYER_ZONES] }] } },
  { files: ['src/**/*.test.ts'], rules: { 'import-x/no-restricted-paths': ['error', { zones: BOUNDARIES }] } },
]);
