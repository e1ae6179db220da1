// The Fleet page (issue 22): a collection run of 25 captures in, the fleet table sorted by next
// expiry, the fleet renewals CSV and .ics downloaded and read back, a row opened as the plan.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../src/app/persistence/csv';
import { fleetText } from './fleet-text';
import { clearSavedPlans, shot } from './helpers';

// Every imported plan starts on the import day: the fleet's dates below follow from it.
const TODAY = new Date('2027-01-04T10:00:00');

async function importFleet(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/?view=fleet');
  await clearSavedPlans(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'A fleet of devices' })).toBeVisible();
  await page.getByTestId('fleet-text').fill(fleetText());
  await page.getByRole('button', { name: 'Import devices' }).click();
  await expect(page.getByTestId('fleet-import-summary')).toHaveText("24 devices read: 21 plans (1 failover pair from both units' output), 3 refused.", { timeout: 60_000 });
  await expect(page.getByTestId('fleet-count')).toHaveText('21 of 21 deployments', { timeout: 60_000 });
}

const column = (page: Page, id: string) => page.getByTestId('fleet-row').locator(`td[data-column="${id}"]`);

test.describe('fleet', () => {
  // A 1,300-line paste and 21 plans evaluated in the worker: slower than a single plan on a loaded machine.
  test.setTimeout(180_000);

  test('imports 25 captures, sorts by next expiry, exports the renewals CSV and .ics and reads them back', async ({ page }) => {
    await importFleet(page);

    // Refused devices are listed with the importer's reason, never dropped.
    const refused = page.getByTestId('fleet-refused');
    await expect(refused.getByText('lab-ftd', { exact: true })).toBeVisible();
    await expect(refused).toContainText('Firepower Threat Defense (FTD) on ASA 5516-X');
    await expect(refused).toContainText('old-pix');
    await expect(refused).toContainText('Cisco PIX');
    await expect(refused).toContainText('half-paste');
    await expect(refused).toContainText('has no license lines');

    // The pair is one row of two units.
    const pairRow = page.getByTestId('fleet-row').filter({ hasText: 'dc-edge pair' });
    await expect(pairRow.locator('td[data-column="units"]')).toHaveText('2');
    await expect(pairRow.locator('td[data-column="mode"]')).toHaveText('Failover pair, PAK');

    // Sort by next expiry: the Botnet Traffic Filter keys of 30, 45 and 60 days first (day 0 = 2027-01-04),
    // then the 62-day context key of dc1-fw.
    await page.locator('th[data-column="nextExpiry"] button').click();
    await expect(page.locator('th[data-column="nextExpiry"]')).toHaveAttribute('aria-sort', 'ascending');
    await expect(column(page, 'nextExpiry').first()).toHaveText('2027-02-03');
    const names = await column(page, 'name').allTextContents();
    expect(names.slice(0, 4).map((n) => n.split(':')[0])).toEqual(['edge-fw-2', 'edge-fw-9', 'edge-fw-3', 'dc1-fw']);
    const dates = (await column(page, 'nextExpiry').allTextContents()).filter((d) => /^\d{4}-/.test(d));
    expect(dates).toEqual([...dates].sort());
    expect(await column(page, 'nextOrderBy').first().textContent()).toBe('2027-01-04');
    await shot(page, 'fleet-1440');

    // The fleet renewals CSV: every expiry in date order, read back.
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export renewals CSV' }).click()]);
    expect(csvFile.suggestedFilename()).toBe('my-fleet.fleet-renewals.csv');
    const rows = parseCsv(await readFile(await csvFile.path(), 'utf8'));
    expect(rows[0]).toEqual(['Date', 'Order by', 'Deployment', 'Site', 'Kind', 'What expires', 'What to order', 'Source']);
    const body = rows.slice(1);
    expect(body.length).toBe(12);
    expect(body[0]!.slice(0, 2)).toEqual(['2027-02-03', '2027-01-04']);
    expect(body[0]![2]).toMatch(/^edge-fw-2: /);
    // The plan's own renewal list (engine renewalList): kind, what runs out and what it changes.
    expect(body[0]!.slice(4, 6)).toEqual(['Time-based key', 'Botnet Traffic Filter (ciscoasa/tb-30d): Enabled → Disabled: it switches off (no permanent license has it)']);
    expect(body.map((r) => r[0])).toEqual(body.map((r) => r[0]).sort());
    await expect(page.getByTestId('fleet-renewal-row')).toHaveCount(12);

    // The same list as an .ics: an order-by reminder and the expiry day per item.
    const [icsFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download renewals calendar (.ics)' }).click()]);
    expect(icsFile.suggestedFilename()).toBe('my-fleet.fleet-renewals.ics');
    const ics = await readFile(await icsFile.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBe(24);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270203\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270104\r\n');

    // Group by model; then open a row as the plan.
    await page.getByTestId('fleet-group').selectOption('model');
    await expect(page.locator('.fleet-group-row').filter({ hasText: 'ASA 5545-X' })).toHaveText('ASA 5545-X · 10 deployments');
    await page.getByTestId('fleet-group').selectOption('');
    await page.getByRole('button', { name: /^Open edge-fw-2: / }).click();
    await expect(page).toHaveURL(/\/$|\/\?(?!.*view=)/);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(/^edge-fw-2: Imported ASA 5545-X/);
  });

  test('the fleet is saved in the browser like a plan: still there after a reload, renamed, listed, reopened, deleted', async ({ page }) => {
    await importFleet(page);
    await expect(page.getByTestId('fleet-save-status')).toHaveText('Saved in this browser (21 plans).');
    await page.getByLabel('Fleet name').fill('EMEA estate');
    await expect(page.getByTestId('fleet-saved-item')).toHaveCount(1);
    await expect(page.getByTestId('fleet-saved-item')).toContainText('EMEA estate · 21 plans');
    // Written to the IndexedDB mirror too (the durable copy that survives a killed browser).
    const mirrored = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('asa-planner-mirror');
          open.onsuccess = () => {
            const r = open.result.transaction('kv').objectStore('kv').getAllKeys();
            r.onsuccess = () => resolve((r.result as string[]).filter((k) => k.startsWith('asa-planner/fleet')));
          };
        }),
    );
    expect(mirrored.some((k) => k.startsWith('asa-planner/fleet/'))).toBe(true);

    await page.reload();
    await expect(page.getByTestId('fleet-count')).toHaveText('21 of 21 deployments', { timeout: 60_000 });
    await expect(page.getByLabel('Fleet name')).toHaveValue('EMEA estate');
    await expect(page.getByTestId('fleet-row').filter({ hasText: 'dc-edge pair' }).locator('td[data-column="units"]')).toHaveText('2');
    await expect(page.getByTestId('fleet-renewal-row')).toHaveCount(12);

    // A new fleet leaves the saved one in the list; it opens again from there.
    await page.getByRole('button', { name: 'New fleet' }).click();
    await expect(page.getByTestId('fleet-count')).toHaveCount(0);
    await expect(page.getByLabel('Fleet name')).toHaveValue('My fleet');
    await page.getByRole('button', { name: 'Open fleet EMEA estate' }).click();
    await expect(page.getByTestId('fleet-count')).toHaveText('21 of 21 deployments', { timeout: 60_000 });

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete fleet EMEA estate' }).click();
    await expect(page.getByTestId('fleet-saved')).toContainText('No fleet is saved in this browser yet.');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Saved fleets' })).toBeVisible();
    await expect(page.getByTestId('fleet-saved')).toContainText('No fleet is saved in this browser yet.');
    await expect(page.getByTestId('fleet-count')).toHaveCount(0);
  });

  test('two tabs on one fleet: the later save goes to a copy, neither overwrites the other', async ({ page, context }) => {
    await importFleet(page);
    await page.getByLabel('Fleet name').fill('EMEA estate');
    await expect(page.getByTestId('fleet-saved-item')).toContainText('EMEA estate · 21 plans');
    const other = await context.newPage();
    await other.goto('/?view=fleet');
    await expect(other.getByLabel('Fleet name')).toHaveValue('EMEA estate', { timeout: 60_000 });

    await page.getByLabel('Fleet name').fill('From tab A');
    await expect(page.getByTestId('fleet-saved-item')).toContainText('From tab A · 21 plans');
    await other.getByLabel('Fleet name').fill('From tab B');
    await expect(other.getByText('Another tab saved “From tab A” after this page opened it: your changes are saved as “From tab B (my copy)”, and theirs are kept in “From tab A”.')).toBeVisible();
    await expect(other.getByLabel('Fleet name')).toHaveValue('From tab B (my copy)');
    await other.reload();
    await expect(other.getByTestId('fleet-saved-item')).toHaveCount(2);
    await expect(other.getByTestId('fleet-saved')).toContainText('From tab A · 21 plans');
    await expect(other.getByTestId('fleet-saved')).toContainText('From tab B (my copy) · 21 plans');
    await other.close();
  });

  test('site tags group the fleet, the refresh sums a bill of materials, and axe is clean; phone width', async ({ page }) => {
    await importFleet(page);
    const site = page.getByLabel(/^Site of branch-1: /);
    await site.fill('Berlin');
    await site.press('Enter');
    await page.getByTestId('fleet-group').selectOption('site');
    await expect(page.locator('.fleet-group-row').filter({ hasText: 'Berlin' })).toHaveText('Berlin · 1 deployment');
    await page.getByTestId('fleet-group').selectOption('');
    await page.getByRole('button', { name: 'Size the refresh' }).click();
    await expect(page.getByTestId('fleet-bom').locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('fleet-refresh-hardware').locator('li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'fleet-390');
    // The wide tables scroll inside their own regions; the page does not scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
