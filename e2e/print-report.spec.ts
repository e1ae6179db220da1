import { expect, test } from '@playwright/test';
import { addBotnetKey, buildFailoverPair, field, openEmpty, seriousAxeViolations, setAsOf, shot } from './helpers';

test.describe('the printable report', () => {
  test('has the plan, running license, timeline, renewals and issues, and prints without the app around it', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await addBotnetKey(page);
    // The default new event (7 days without the key counting) moves the expiry a week: 7 Jan 2028.
    await page.getByRole('button', { name: 'Add event' }).click();
    await setAsOf(page, '2027-06-01');

    await page.getByRole('link', { name: 'Print report' }).click();
    await expect(page).toHaveURL(/\?view=report$/);
    const report = page.getByTestId('report');
    await expect(report.getByRole('heading', { name: 'License report: HQ edge pair' })).toBeFocused();
    await expect(report.getByTestId('report-as-of')).toHaveText('As of 1 Jun 2027 (day 151 of 1095)');
    for (const name of ['Summary', 'Bill of materials', 'Running license on 1 Jun 2027', 'Renewals', 'Issues', 'Timeline', 'Plan details']) {
      await expect(report.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    // The bill of materials comes first (000 §"Order License PAKs and Obtain an Activation Key"): the 52-week Botnet key.
    await expect(report.getByTestId('report-bom')).toContainText('Botnet Traffic Filter');
    await expect(report.locator('.report-details table').first()).toContainText('ASA 5545-X');
    await expect(report.getByTestId('report-license').locator('tr[data-feature="security-contexts"]')).toContainText('30');
    await expect(report.getByTestId('report-license')).toContainText('How Failover or ASA Cluster Licenses Combine');
    await expect(report.getByTestId('report-renewals')).toContainText('8 Dec 2027');
    await expect(report.getByTestId('report-events').locator('tr[data-type="expired"]')).toContainText('7 Jan 2028');
    await expect(report.getByTestId('report-issues').locator('cite').first()).not.toBeEmpty();
    await expect(report.locator('figure.report-chart')).toHaveCount(2);
    await expect(report.locator('figure.report-chart .order-by-marker')).toHaveCount(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, '40-report-screen');

    // The day can be changed on the report itself.
    await report.getByTestId('report-date').fill('2028-01-10');
    await expect(report.getByRole('heading', { name: 'Running license on 10 Jan 2028' })).toBeVisible();
    await expect(report.getByTestId('report-license').locator('tr[data-feature="botnet-traffic-filter"]')).toContainText('Disabled');

    // On paper (A4 width): no header, no controls, nothing wider than the page.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.topbar')).toBeHidden();
    await expect(report.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(report.getByTestId('report-date')).toBeHidden();
    for (const name of ['Summary', 'Renewals', 'Timeline', 'Issues']) await expect(report.getByRole('heading', { name, exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await shot(page, '41-report-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('prints in light colours from the dark theme, and lists a Smart plan’s bill of materials', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openEmpty(page);
    await page.getByLabel('Name', { exact: true }).fill('Branch FPR 2130');
    await page.getByLabel('Find model').fill('firepower 2100');
    await field(page, 'deployment.units[0].model', 'select').selectOption('fpr-2130');
    const smart = page.locator('[data-path="deployment.units[0].smart"]');
    await smart.getByLabel('Strong Encryption (3DES/AES)').check();
    await field(page, 'deployment.units[0].smart.entitlements.contexts').fill('10'); // the total: 2 included + 8 licensed
    await page.getByRole('link', { name: 'Print report' }).click();
    const bom = page.getByTestId('report-bom');
    await expect(bom.getByRole('heading', { name: 'Bill of materials' })).toBeVisible();
    await expect(bom.locator('thead th')).toHaveText(['PID or license', 'Quantity', 'For', 'Units', 'Term', 'Source']);
    await expect(bom.locator('tbody tr')).toHaveCount(3);
    await expect(bom).toContainText('L-FPR2K-ASASC-10=');
    await expect(bom).toContainText('10-context license');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, '42-report-smart-dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.report')!).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await shot(page, '43-report-smart-print');
  });
});
