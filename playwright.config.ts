import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets several clones run their browser tests side by side (default 4173). */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests against the built app served by `vite preview` (the service worker and the
 * Content-Security-Policy only behave as shipped in a build). Playwright cannot download its
 * browsers here, so the tests drive Debian's Chromium (scripts/ensure-chromium.sh installs it).
 * Set E2E_SKIP_BUILD=1 when dist/ is already fresh (`npm run test:e2e` builds first).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: process.env.E2E_SKIP_BUILD ? `npx vite preview --port ${PORT} --strictPort` : `npx vite build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
