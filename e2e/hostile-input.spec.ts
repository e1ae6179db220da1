// Hostile input through the app's doors: each gets a clear message in bounded time and the plan
// being edited stays as it was.
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openEmpty, renamePlan } from './helpers';

// The bound guards against a hang or a crashed tab, not against a slow machine: each refusal takes
// 1–6 s here when the machine is quiet, and the suite must pass on one twice as slow with another
// CPU-heavy process beside it.
const BOUND_MS = 30_000;

async function importBuffer(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

function plan(extra: Record<string, unknown> = {}, unit: Record<string, unknown> = {}) {
  return { format: 'asa-license-plan/1', name: 'hostile', startDate: '2027-01-01', deployment: { units: [{ id: 'fw-a', model: 'asa-5545-x', ...unit }] }, ...extra };
}

async function expectRefused(page: Page, message: RegExp, started: number): Promise<void> {
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('your current plan is unchanged', { timeout: BOUND_MS });
  await expect(notice).toContainText(message);
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Keep me');
  await expect(page.getByTestId('plan-switcher').locator('option')).toHaveText(['Keep me']);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
}

test.describe('hostile input', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await openEmpty(page);
    await renamePlan(page, 'Keep me');
  });

  test('a 10 MB plan file', async ({ page }) => {
    const events = Array.from({ length: 250_000 }, (_, i) => ({ day: i % 36_000, type: 'link-down', days: 1 }));
    const buffer = Buffer.from(JSON.stringify(plan({ events })));
    expect(buffer.length).toBeGreaterThan(10_000_000);
    const started = Date.now();
    await importBuffer(page, 'ten-megabytes.json', buffer);
    await expectRefused(page, /events: 250000 items is more than 20000/, started);
  });

  test('a plan with a million keys', async ({ page }) => {
    const features = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`f${i}`, 1]));
    const started = Date.now();
    await importBuffer(page, 'million-keys.json', Buffer.from(JSON.stringify(plan({}, { permanent: { tier: 'base', features } }))));
    await expectRefused(page, /more than 1000000 values; a plan is far smaller/, started);
  });

  test('deeply nested JSON', async ({ page }) => {
    const depth = 500_000;
    const started = Date.now();
    await importBuffer(page, 'deep.json', Buffer.from(`{"format":"asa-license-plan/1","name":${'['.repeat(depth)}${']'.repeat(depth)}}`));
    await expectRefused(page, /nested deeper than 24 levels/, started);
  });

  test('a file over the 32 MB cap is refused before it is read', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('huge.json');
    await writeFile(path, Buffer.alloc(33 * 1024 * 1024, 0x20));
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(path);
    await expectRefused(page, /The file is 33 MB; a plan file is at most 32 MB/, started);
  });

  test('a 10 MB share link', async ({ page }) => {
    const big = `share=${'A'.repeat(10 * 1024 * 1024)}`;
    // Followed from inside the page (a link or script changing the fragment): the app refuses it.
    let started = Date.now();
    await page.evaluate((hash) => (location.hash = hash), big);
    await expectRefused(page, /The shared link is too long \(10485767 characters; at most 2000000\)/, started);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // Opened as a URL: Chromium itself refuses a URL this long, and the page stays as it was.
    started = Date.now();
    await expect(page.goto(`/#${big}`)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Keep me');
  });
});
