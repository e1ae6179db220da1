import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addBotnetKey, buildFailoverPair, field, keyRow, licenseCell, openEmpty, setAsOf, shot } from './helpers';

test.describe('building a plan', () => {
  test('a failover pair of two ASA 5545-X combines 20 and 10 contexts into 30', async ({ page }) => {
    await openEmpty(page);
    await shot(page, '01-empty');
    await buildFailoverPair(page);
    // 000 §"How Failover or ASA Cluster Licenses Combine": "one with 20 contexts and the other with 10 … allows 30".
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    await expect(licenseCell(page, 'security-contexts', 'unit:fw-a')).toHaveText('20');
    await expect(licenseCell(page, 'security-contexts', 'unit:fw-b')).toHaveText('10');
    await expect(licenseCell(page, 'security-contexts', 'rule')).toContainText('20 (fw-a) + 10 (fw-b) = 30');
    await expect(page.getByRole('tab', { name: /fw-a.*primary/ })).toBeVisible();
    await shot(page, '02-failover-pair');
  });

  test('a value over the platform limit is capped and marked', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await field(page, 'deployment.units[0].permanent.features.security-contexts', 'select').selectOption('50');
    // 50 + 10 = 60 is over the ASA 5545-X limit of 50 (000 §"How Failover or ASA Cluster Licenses Combine").
    const combined = licenseCell(page, 'security-contexts', 'combined');
    await expect(combined).toContainText('50');
    await expect(combined.locator('.cap-mark')).toContainText('capped at limit 50 (from 60)');
    await page.getByLabel('Capped by the platform limit only').check();
    await expect(page.locator('[data-testid="license-table"] tbody tr')).toHaveCount(1);
    await shot(page, '02b-capped');
    await page.getByLabel('Capped by the platform limit only').uncheck();
  });

  test('a time-based key runs out and the permanent value returns', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await addBotnetKey(page);
    await expect(licenseCell(page, 'botnet-traffic-filter', 'combined')).toHaveText('Enabled');
    await expect(keyRow(page, 'key-1')).toContainText('364');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await shot(page, '03-key-added');

    // Day 374 is past the key's expiry on day 364 (2027-12-31).
    await setAsOf(page, '2028-01-10');
    await expect(page.getByRole('heading', { name: /As of 10 Jan 2028/ })).toBeVisible();
    await expect(licenseCell(page, 'botnet-traffic-filter', 'combined')).toHaveText('Disabled');
    await expect(keyRow(page, 'key-1')).toHaveClass(/tone-expired/);
    await expect(keyRow(page, 'key-1')).toContainText('expired');
    await shot(page, '04-after-expiry');

    // The table sorts and filters.
    await page.getByTestId('license-filter').fill('context');
    await expect(page.locator('[data-testid="license-table"] tbody tr')).toHaveCount(1);
    await page.getByTestId('license-filter').fill('');
    await page.getByRole('button', { name: 'Feature', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Feature', exact: true })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('[data-testid="license-table"] tbody tr').first()).toHaveAttribute('data-feature', 'anyconnect-essentials');
  });

  test('undo and redo, by button and keyboard', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('22');
    await page.keyboard.press('Control+Shift+Z');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    await page.locator('body').click();
    await page.keyboard.press('Control+Z');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('22');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
  });

  test('an issue links to the field it names', async ({ page }) => {
    await openEmpty(page);
    await field(page, 'startDate').fill('2027-01-01');
    await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5512-x');
    await page.getByRole('radio', { name: 'Failover pair' }).check();
    const issues = page.getByTestId('issues');
    await expect(issues).toContainText('needs the Security Plus license');
    await expect(issues.getByText('plan cannot work as drawn')).toBeVisible();
    await issues.getByRole('button', { name: 'fw-b · License tier' }).click();
    await expect(page.getByRole('tab', { name: /fw-b/ })).toHaveAttribute('aria-selected', 'true');
    await expect(field(page, 'deployment.units[1].permanent.tier', 'select')).toBeFocused();
    await shot(page, '05-issue-link');
    await field(page, 'deployment.units[1].permanent.tier', 'select').selectOption('security-plus');
    await page.getByRole('tab', { name: /fw-a/ }).click();
    await field(page, 'deployment.units[0].permanent.tier', 'select').selectOption('security-plus');
    await expect(issues.getByText('plan works')).toBeVisible();
  });

  test('the permanent key offers only the values the model and tier allow', async ({ page }) => {
    await openEmpty(page);
    await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');
    const contexts = field(page, 'deployment.units[0].permanent.features.security-contexts', 'select');
    await expect(contexts.locator('option')).toHaveText(['2 (default)', '5', '10', '20', '50']);
    const peers = field(page, 'deployment.units[0].permanent.features.anyconnect-peers');
    await expect(peers).toHaveAttribute('max', '2500');
    await expect(page.locator('.headline')).toContainText('750,000');
  });
});

test('a Smart-licensed model is configured by its entitlements', async ({ page }) => {
  await openEmpty(page);
  await page.getByLabel('Find model').fill('firepower 2100');
  await field(page, 'deployment.units[0].model', 'select').selectOption('fpr-2130');
  const smart = page.locator('[data-path="deployment.units[0].smart"]');
  await expect(smart.getByRole('group', { name: /Entitlements/ })).toBeVisible();
  await expect(smart.getByLabel('Carrier')).toHaveCount(0); // the FPR 2100 takes no Carrier entitlement (catalog)
  await smart.getByLabel('Strong Encryption (3DES/AES)').check();
  await field(page, 'deployment.units[0].smart.entitlements.contexts').fill('8'); // the total the unit must run: 2 included + 6 licensed
  await expect(page.locator('[data-path="deployment.units[0].permanent"]')).toHaveCount(0);
  await shot(page, '15-smart-unit');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const plan = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(plan.deployment.units[0]).toMatchObject({ model: 'fpr-2130', smart: { entitlements: { 'strong-encryption': true, contexts: 6 } } }); // 8 contexts asked as the total: 2 included + a 6-context license (001 §"Firepower 2100")
});
