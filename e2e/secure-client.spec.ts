import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { field, openEmpty, shot, START_DATE } from './helpers';

/** Serious and critical axe violations inside one part of the page. */
async function seriousViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** An ASA 5545-X with a 30-month Plus term of 873 users and a demand of 1,200 unique users (002/003 §"What are the available authorized (user) counts …?"). */
async function plusTermShortOfDemand(page: Page): Promise<void> {
  await openEmpty(page);
  await page.getByLabel('Name', { exact: true }).fill('HQ edge pair');
  await field(page, 'startDate').fill(START_DATE);
  await page.getByLabel('Find model').fill('5545');
  await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');

  await page.getByRole('button', { name: 'Add Secure Client licensing' }).click();
  await page.getByRole('combobox', { name: 'New license type', exact: true }).selectOption('plus');
  await page.getByRole('button', { name: 'Add license' }).click();
  const license = page.getByTestId('sc-license-plus-1');
  await expect(license).toBeVisible();
  await license.getByRole('spinbutton', { name: 'Users', exact: true }).fill('873');
  await license.getByRole('combobox', { name: 'Term', exact: true }).selectOption('custom');
  await license.getByRole('spinbutton', { name: 'Months', exact: true }).fill('30');
  await page.getByRole('spinbutton', { name: 'Unique users', exact: true }).fill('1200');
}

test.describe('Secure Client', () => {
  test('a Plus term short of the demand: the warning, the coverage chart, the renewal calendar', async ({ page }) => {
    await plusTermShortOfDemand(page);
    const results = page.getByTestId('sc-results');
    await expect(results).toBeVisible();
    await shot(page, 'sc-01-license-and-demand');
    await page.locator('section[data-path="secureClient"]').screenshot({ path: 'e2e/screenshots/sc-01b-editor.png' });

    // The shortfall (002/003 §"How do I determine how many licenses to purchase?").
    const warning = results.locator('[data-testid="sc-issues"] li[data-code="users-exceed-license"]');
    await expect(warning).toContainText('1200 unique users');
    await expect(warning).toContainText('exceed the 873 licensed');
    await expect(warning.locator('cite')).toContainText('How do I determine how many licenses to purchase?');
    await warning.getByRole('button', { name: 'Go to secureClient.demand.uniqueUsers' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Unique users', exact: true })).toBeFocused();
    // And the main issues panel carries it too.
    await expect(page.getByTestId('issues')).toContainText('exceed the 873 licensed');

    // The coverage chart with the gaps shaded: short by 327 for the term, nothing after 30 June 2029.
    const chart = page.getByTestId('sc-coverage-chart');
    await expect(chart.getByRole('application')).toBeVisible();
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    await expect(chart.locator('.sc-gap')).toHaveCount(2);
    await expect(page.getByTestId('sc-gaps')).toContainText('short by 327');
    await expect(page.getByTestId('sc-gaps')).toContainText('No license in force from 1 Jul 2029');
    await chart.scrollIntoViewIfNeeded();
    await shot(page, 'sc-02-coverage-chart');
    await chart.screenshot({ path: 'e2e/screenshots/sc-02b-chart.png' });

    // Capacity: the ASA 5545-X runs 2,500 AnyConnect peers.
    await expect(page.getByTestId('sc-capacity').locator('tr[data-unit="fw-a"]')).toContainText('2,500');

    // Renewal: L-AC-PLS-LIC=, order by 1 June 2029 (30 days before the term runs out on 1 July); the same entry as the Renewals card's.
    const renewal = page.getByTestId('sc-renewals').locator('tr[data-license="plus-1"]');
    await expect(renewal).toContainText('1 Jul 2029');
    await expect(renewal).toContainText('last day 2029-06-30');
    await expect(renewal.locator('.order-by')).toHaveText('1 Jun 2029');
    await expect(renewal).toContainText('L-AC-PLS-LIC=');
    await expect(page.getByTestId('renewals').locator('tr[data-license="plus-1"] .order-by')).toHaveText('1 Jun 2029');

    const [download] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: 'Download renewal calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('hq-edge-pair.secure-client-renewals.ics');
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20290701');
    expect(ics).toContain('TRIGGER;RELATED=START:-P30D');
    await expect(results.getByText('Saved hq-edge-pair.secure-client-renewals.ics: 1 calendar entry, with a reminder on each order-by date.')).toBeVisible();

    // The recommended purchase for 3 years growing 10 % a year: 1200, 1320, 1452 users.
    const purchase = page.getByTestId('sc-purchase');
    const inputs = page.getByTestId('sc-purchase-inputs');
    await inputs.getByLabel('Growth %/year').fill('10');
    await expect(purchase).toContainText('1,452 users of L-AC-PLS-LIC=');
    await expect(purchase).toContainText('L-AC-PLS-3YR-G');
    await inputs.getByRole('combobox', { name: 'Term', exact: true }).selectOption('12');
    await expect(purchase).toContainText('1,200 users of L-AC-PLS-LIC=');

    // Where 002 and 003 disagree.
    await expect(page.getByTestId('sc-notes')).toContainText('002 says the banding SKUs');
    await purchase.scrollIntoViewIfNeeded();
    await shot(page, 'sc-03-renewals-and-purchase');
    await page.getByTestId('sc-results').screenshot({ path: 'e2e/screenshots/sc-03b-results.png' });
  });

  test('license types: VPN Only takes sessions and a headend; removing licensing clears it', async ({ page }) => {
    await plusTermShortOfDemand(page);
    const license = page.getByTestId('sc-license-plus-1');
    await license.getByRole('combobox', { name: 'Type', exact: true }).selectOption('vpn-only');
    await expect(license.getByLabel('Sessions')).toHaveValue('873');
    await expect(license.getByLabel('Users')).toHaveCount(0);
    await license.getByRole('combobox', { name: 'Headend unit', exact: true }).selectOption('fw-a');
    await expect(license.getByLabel('SWSS support contract bought')).not.toBeChecked();
    await expect(page.getByTestId('sc-issues').locator('li[data-code="support-contract-needed"]')).toBeVisible();
    await license.getByLabel('SWSS support contract bought').check();
    await expect(page.getByTestId('sc-issues').locator('li[data-code="support-contract-needed"]')).toHaveCount(0);
    await shot(page, 'sc-04-vpn-only');

    // Undo brings the Plus license back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(license.getByLabel('Users')).toHaveValue('873');

    await page.getByRole('button', { name: 'Remove Secure Client licensing' }).click();
    await expect(page.getByTestId('sc-results')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add Secure Client licensing' })).toBeVisible();
  });

  test('usable at tablet width', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1100 });
    await plusTermShortOfDemand(page);
    await expect(page.getByTestId('sc-coverage-chart').getByRole('application')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('sc-results').screenshot({ path: 'e2e/screenshots/sc-06-tablet-results.png' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violation in the Secure Client panels (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await plusTermShortOfDemand(page);
      await page.getByRole('group', { name: 'Capabilities the users need' }).getByLabel('SAML authentication').check();
      await expect(page.getByTestId('sc-results')).toBeVisible();
      await page
        .getByTestId('sc-results')
        .getByText(/Coverage stretches/)
        .click();
      expect(await seriousViolations(page, '[data-path="secureClient"]')).toEqual([]);
      expect(await seriousViolations(page, '[data-testid="sc-results"]')).toEqual([]);
      await shot(page, `sc-05-${scheme}`);
      await page.getByTestId('sc-results').screenshot({ path: `e2e/screenshots/sc-05b-results-${scheme}.png` });
    });
  }
});
