// Issue 19 from an empty page: the bill of materials on the main screen, Smart contexts asked as
// the total, the Secure Client recommendation applied, and the "What do you need?" page (sizing,
// "Use this", refresh advice for an imported device).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { field, licenseCell, openEmpty, seriousAxeViolations, START_DATE } from './helpers';

const SHOTS = process.env.SHOTS_DIR ?? 'e2e/screenshots/sizing';
async function shots(page: Page, name: string): Promise<void> {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function openSizing(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'What do you need?' }).click();
  await expect(page.getByRole('heading', { name: 'What do you need?' })).toBeVisible();
}

test.describe('bill of materials and contexts as the total', () => {
  test('a 3-unit Firepower 4110 cluster asked for 60 contexts: 30 licensed, the BOM, CSV and copy', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openEmpty(page);
    await field(page, 'startDate').fill(START_DATE);
    await page.getByLabel('Find model').fill('4110');
    await field(page, 'deployment.units[0].model', 'select').selectOption('fpr-4110');
    await page.getByRole('radio', { name: 'Cluster' }).check();
    await page.getByRole('button', { name: 'Add unit' }).click();
    await expect(page.getByRole('tab')).toHaveCount(3);
    // The unit added is selected: back to the control unit, whose Context license the cluster uses.
    await page.getByRole('tab', { name: /^fw-a / }).click();
    await field(page, 'deployment.contextMode', 'select').selectOption('multiple');
    // 001 §"ASA Cluster Licenses for the Firepower 4100/9300": 10 per unit included; the control unit's Context license adds to them.
    await field(page, 'deployment.units[0].smart.entitlements.contexts').fill('60');
    await expect(page.getByTestId('contexts-arithmetic')).toContainText('Context license 30: 10 + 10 + 10 included + 30 licensed = 60');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('60');
    const bom = page.getByTestId('bom');
    await expect(bom.getByRole('row', { name: /L-FPR4K-ASASC-10=/ })).toContainText('3');
    await shots(page, 'bom-fpr4110-cluster');
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await bom.scrollIntoViewIfNeeded();
      await bom.screenshot({ path: `${SHOTS}/bom-card-${width}.png` });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    const [download] = await Promise.all([page.waitForEvent('download'), bom.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFPID or license,Quantity,For,Units,Term,Citation');
    expect(csv).toContain('L-FPR4K-ASASC-10=,3,');
    await bom.getByRole('button', { name: 'Copy as text' }).click();
    await expect(bom.getByRole('status')).toHaveText('Bill of materials copied as text.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('3 × L-FPR4K-ASASC-10=');
  });

  test('Secure Client: Apply adds the recommended licenses; undo takes them out', async ({ page }) => {
    await openEmpty(page);
    await field(page, 'startDate').fill(START_DATE);
    await page.getByLabel('Find model').fill('5545');
    await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');
    await page.getByRole('button', { name: 'Add Secure Client licensing' }).click();
    await page.getByRole('spinbutton', { name: 'Unique users', exact: true }).fill('1200');
    const apply = page.getByTestId('sc-apply-purchase');
    await apply.click();
    await expect(page.getByTestId('sc-license-plus-1')).toBeVisible();
    await expect(page.getByTestId('bom').getByRole('row', { name: /L-AC-PLS-LIC=/ })).toContainText('1,200');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('sc-license-plus-1')).toHaveCount(0);
  });
});

test.describe('What do you need?', () => {
  test('3-unit Firepower 4110 cluster, 60 contexts, Carrier: the order, then Use this runs 60 contexts', async ({ page }) => {
    await openEmpty(page);
    await openSizing(page);
    const form = page.getByTestId('needs-form');
    await form.getByRole('combobox', { name: 'Units', exact: true }).selectOption('cluster');
    await form.getByRole('spinbutton', { name: 'Cluster units' }).fill('3');
    await form.getByRole('spinbutton', { name: 'Security contexts (total)' }).fill('60');
    await form.getByRole('checkbox', { name: 'Carrier / GTP' }).check();
    const row = page.locator('[data-testid="sizing-table"] tr[data-model="fpr-4110"][data-fits="yes"]');
    await expect(row).toBeVisible();
    // 001: 30 contexts licensed on top of 3 × 10 included: three 10-packs.
    await expect(row.locator('td[data-column="purchases"]')).toContainText('L-FPR4K-ASASC-10=');
    await expect(page.locator('[data-testid="sizing-table"] tr[data-model="fpr-2130"][data-fits="no"]')).toContainText('Carrier');
    await shots(page, 'sizing-fpr4110-cluster');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sizing-table-view-1440.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: /Use this/ }).click();
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('60');
    await expect(licenseCell(page, 'carrier', 'combined')).toContainText('Enabled');
    await expect(page.getByTestId('bom')).toContainText('L-FPR4K-ASASC-10=');
    await shots(page, 'sizing-used-fpr4110');
  });

  test('a PAK pair for 2,500 AnyConnect peers: the models that can, and why the ASA 5525-X cannot', async ({ page }) => {
    await openEmpty(page);
    await openSizing(page);
    const form = page.getByTestId('needs-form');
    await form.getByRole('combobox', { name: 'Units', exact: true }).selectOption('active-standby');
    await form.getByRole('combobox', { name: 'Licensing' }).selectOption('pak');
    await form.getByRole('spinbutton', { name: 'AnyConnect / Secure Client peers' }).fill('2500');
    const table = page.getByTestId('sizing-table');
    await expect(table.locator('tr[data-model="asa-5545-x"][data-fits="yes"]').first()).toBeVisible();
    const out = table.locator('tr[data-model="asa-5525-x"][data-fits="no"]').first();
    await expect(out).toContainText('AnyConnect');
    await expect(out).toContainText('000');
    await shots(page, 'sizing-pak-pair-2500');
  });

  test('refresh advice for an imported ASA 5545-X', async ({ page }) => {
    await openEmpty(page);
    const panel = page.getByTestId('device-import');
    await panel.getByRole('button', { name: 'Paste device output…' }).click();
    await panel.getByLabel('Paste show version / show activation-key / show license all').fill(await readFile('src/engine/device-text/fixtures/asa-5545-x-show-version.txt', 'utf8'));
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByRole('button', { name: 'Open as new plan' }).click();
    await expect(field(page, 'deployment.units[0].model', 'select')).toHaveValue('asa-5545-x');
    await openSizing(page);
    const advice = page.getByTestId('refresh-advice');
    await expect(advice).toContainText('ASA 5545-X');
    await expect(advice.locator('tbody tr').first()).toBeVisible();
    await shots(page, 'refresh-asa5545');
  });
});
