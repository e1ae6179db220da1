import { defineConfig } from 'vitest/config';
import { recordSeal } from './scripts/record-seal.ts';

// Unit tests: the engine's and the app's pure logic, beside the code. No DOM here (jsdom is not
// installed); components are exercised by the Playwright tests in e2e/.
export default defineConfig({
  define: { __RECORD_SEAL__: JSON.stringify(recordSeal()) },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Generous per-test limit: the fuzz and hostile-input tests build large inputs, and the suite
    // must pass on a machine twice as slow as this one with another process running beside it. The
    // slowest test (hostile-input "a plan with a million keys") took 49 s on this 2-core machine at a
    // load average of 30; twice that still fits. No test measures time itself.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The app reaches the engine through a chunk loaded after the first paint; the tests load it first.
    setupFiles: ['src/app/test-setup.ts'],
  },
});
