import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run bench:app`: browser measurements that print figures (never part of `npm test`). */
export default defineConfig({
  ...base,
  testDir: 'e2e/perf',
  testMatch: '*.perf.ts',
  retries: 0,
  timeout: 180_000,
  reporter: 'list',
  // No trace: a trace snapshots the whole DOM on the page's main thread at every action (page.goto,
  // each wait), which on the 2,000-key page cost ~65 ms inside the load being timed.
  use: { ...base.use, trace: 'off' },
});
