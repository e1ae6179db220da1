// Large plans stay usable (issue 25 item 4): a keystroke in a key of a large plan redraws the field,
// and the results follow once typing pauses, saying meanwhile that they are the plan's before the
// edit (src/app/engine-loader/use-settled-plan.ts); a small plan's results follow every keystroke at once.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import LZString from 'lz-string';
import { keyRow } from './helpers';

/** `count` time-based keys on one ASA 5555-X: contexts and Botnet keys by turns (stacked: 000 §"Stacking Time-Based Licenses"). */
function keysPlan(count: number) {
  const timeBased = Array.from({ length: count }, (_, i) => ({
    id: `k${i}`,
    features: i % 2 ? { 'botnet-traffic-filter': true } : { 'security-contexts': 5 },
    days: 30 + (i % 300),
    installDay: i % 700,
    active: true,
    evaluation: false,
  }));
  return {
    format: 'asa-license-plan/1',
    name: `${count} keys`,
    startDate: '2027-01-01',
    horizonDays: 1095,
    deployment: { mode: 'standalone', units: [{ id: 'fw-a', model: 'asa-5555-x', permanent: { tier: 'base', features: {} }, timeBased }] },
    events: [],
  };
}

async function open(page: Page, count: number): Promise<void> {
  await page.goto(`/#share=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, plan: keysPlan(count), view: { asOfDay: 0 } }))}`);
  await expect(page.getByText(`Time-based keys (${count})`)).toBeVisible();
  await expect(keyRow(page, 'k0')).toBeVisible();
}

/** Types 400 into key k0's duration and reads, in the same task (before any timer), what the results show. */
const typeDaysAndRead = (page: Page) =>
  page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="time-key-k0"] [data-path$=".days"] input')!;
    const before = document.querySelector('[data-testid="key-table"] tr[data-key="k0"] td.num')!.textContent;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '400');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return {
      before: Number(before),
      after: Number(document.querySelector('[data-testid="key-table"] tr[data-key="k0"] td.num')!.textContent),
      pending: document.querySelector('[data-testid="results-pending"]')!.textContent,
      busy: document.getElementById('results')!.getAttribute('aria-busy'),
    };
  });

test('a large plan: the results say they are updating, then show the edit', async ({ page }) => {
  await open(page, 250);
  const read = await typeDaysAndRead(page);
  // Right after the keystroke: the previous plan's results, marked as such.
  expect(read.pending).toBe('Updating the results for your last edit…');
  expect(read.busy).toBe('true');
  expect(read.after).toBe(read.before);
  // Once typing pauses: the edited plan's. Key k0 went from 30 to 400 days: 370 more days left on its stack.
  await expect(page.getByTestId('results-pending')).toHaveText('');
  await expect(page.locator('#results')).toHaveAttribute('aria-busy', 'false');
  await expect(keyRow(page, 'k0').locator('td.num')).toHaveText(String(read.before + 370));
  await expect(page.getByTestId('time-key-k0').locator('[data-path$=".days"] input').first()).toHaveValue('400');
});

test('a small plan: the results follow the keystroke at once', async ({ page }) => {
  await open(page, 20);
  const read = await typeDaysAndRead(page);
  expect(read.pending).toBe('');
  expect(read.busy).toBe('false');
  expect(read.after).toBe(read.before + 370);
});

test('a large plan: the bill of materials is shown 50 lines a page, and its CSV holds every line', async ({ page }) => {
  // 250 keys of 250 different durations: 250 lines (identical keys of one duration would make one line).
  await open(page, 250);
  const bom = page.getByTestId('bom');
  await expect(bom.locator('tbody tr')).toHaveCount(50);
  const pager = bom.getByTestId('bom-pager');
  await expect(pager).toContainText('Lines 1–50 of 250 (page 1 of 5)');
  await expect(bom.locator('tbody tr').first()).toContainText('Security Contexts 5 30-day key');
  await pager.getByRole('button', { name: 'Last' }).click();
  await expect(pager).toContainText('Lines 201–250 of 250 (page 5 of 5)');
  await expect(bom.locator('tbody tr').last()).toContainText('Botnet Traffic Filter 279-day key');
  const [download] = await Promise.all([page.waitForEvent('download'), bom.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
  expect(csv).toHaveLength(1 + 250);
});

test('a large plan: the timeline events list draws its first 300 rows, then all on request', async ({ page }) => {
  await open(page, 2000);
  const events = page.locator('details.events-list').filter({ has: page.locator('summary', { hasText: /^Timeline events/ }) });
  const summary = (await events.locator('summary').textContent({ timeout: 60_000 })) ?? '';
  const total = Number(/\((\d+)\)/.exec(summary)?.[1]);
  expect(total).toBeGreaterThan(300);
  await events.locator('summary').click();
  await expect(events.locator('tbody tr')).toHaveCount(300);
  const more = events.getByRole('button', { name: `Show all ${total.toLocaleString('en-US')} events` });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(events.locator('tbody tr')).toHaveCount(total);
  await events.getByRole('button', { name: 'Show the first 300 events' }).click();
  await expect(events.locator('tbody tr')).toHaveCount(300);
});
