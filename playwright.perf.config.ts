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
});
