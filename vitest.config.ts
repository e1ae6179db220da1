import { defineConfig } from 'vitest/config';
import { recordSeal } from './scripts/record-seal.ts';

// Unit tests: the engine's and the app's pure logic, beside the code. No DOM here (jsdom is not
// installed); components are exercised by the Playwright tests in e2e/.
export default defineConfig({
  define: { __RECORD_SEAL__: JSON.stringify(recordSeal()) },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The app reaches the engine through a chunk loaded after the first paint; the tests load it first.
    setupFiles: ['src/app/test-setup.ts'],
  },
});
