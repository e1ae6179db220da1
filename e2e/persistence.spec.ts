import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addBotnetKey, buildFailoverPair, licenseCell, openEmpty, saveRenamedPlan, setAsOf, shot } from './helpers';

test.describe('saving, files and links', () => {
  test('export, then import the file back; a bad file changes nothing', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('hq-edge-pair.asa-plan.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(exported.format).toBe('asa-license-plan/1');
    expect(exported.deployment.units.map((u: { permanent: { features: object } }) => u.permanent.features)).toEqual([{ 'security-contexts': 20 }, { 'security-contexts': 10 }]);

    // A bad file: the engine's message is shown and the current plan stays.
    await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, startDate: '2027-02-30' })) });
    await expect(page.getByTestId('notice')).toContainText('was not imported');
    await expect(page.getByTestId('notice')).toContainText('startDate');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    await shot(page, '06-bad-import');

    exported.name = 'Imported copy';
    exported.deployment.units[1].permanent.features['security-contexts'] = 5;
    await page.getByTestId('import-file').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(page.getByTestId('notice')).toContainText('Imported “Imported copy”');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('25');
    await expect(page.getByTestId('plan-switcher').locator('option')).toHaveText(['HQ edge pair', 'Imported copy']);
    await shot(page, '07-imported');
    await page.getByTestId('plan-switcher').selectOption({ label: 'HQ edge pair' });
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
  });

  test('a reload finds the plan and the view intact', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await addBotnetKey(page);
    await setAsOf(page, '2027-06-01');
    await page.getByTestId('license-filter').fill('botnet');
    await page.reload();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('HQ edge pair');
    await expect(page.getByTestId('as-of-date')).toHaveValue('2027-06-01');
    await expect(page.getByTestId('license-filter')).toHaveValue('botnet');
    await page.getByTestId('license-filter').fill('');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    await expect(page.getByTestId('time-key-key-1')).toBeVisible();
    await shot(page, '08-after-reload');
  });

  test('a share link opens the same plan and view in a fresh browser', async ({ page, browser }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await setAsOf(page, '2027-03-15');
    await page.getByRole('button', { name: 'Share link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toContain('#share=');
    await shot(page, '09-share-link');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-url')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share link' })).toBeFocused();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.getByTestId('notice')).toContainText('Opened “HQ edge pair” from a shared link');
    await expect(licenseCell(other, 'security-contexts', 'combined')).toContainText('30');
    await expect(other.getByTestId('as-of-date')).toHaveValue('2027-03-15');
    // The opened plan is saved once it is painted; the link then leaves the address, and a reload
    // finds the saved plan (once: the link is not opened again).
    await expect.poll(() => new URL(other.url()).hash).toBe('');
    await shot(other, '10-opened-share-link');
    await other.reload();
    await expect(licenseCell(other, 'security-contexts', 'combined')).toContainText('30');
    await expect(other.getByTestId('notice')).toHaveCount(0);
    await expect(other.getByTestId('as-of-date')).toHaveValue('2027-03-15');

    // A damaged link is reported and the plan in that browser stays.
    await other.goto(`${url.slice(0, url.indexOf('#share=') + 20)}`);
    await expect(other.getByTestId('notice')).toContainText('could not be opened');
    await expect(licenseCell(other, 'security-contexts', 'combined')).toContainText('30');
    await fresh.close();
  });

  test.describe('a returning visit', () => {
    // page.route sees the engine's chunk only when no service worker serves it.
    test.use({ serviceWorkers: 'block' });

    test('shows the saved plan before the engine has loaded, and keeps an edit made meanwhile', async ({ page }) => {
      await openEmpty(page);
      await buildFailoverPair(page);
      await addBotnetKey(page);
      await saveRenamedPlan(page, 'Renewal 2028');
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = false;
      await page.route(/\/engine-deferred-[^/]*\.js$/, async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      await page.reload();
      // The editor shows the saved plan while the engine's chunk is held back (src/app/persistence/sealed-record.ts).
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Renewal 2028');
      await expect(page.getByRole('tab')).toHaveCount(2);
      await expect(page.getByTestId('time-key-key-1').getByLabel('Amount')).toHaveValue('364');
      await expect.poll(() => asked).toBe(true);
      await expect(page.getByTestId('license-table')).toHaveCount(0);
      await page.getByLabel('Name', { exact: true }).fill('Renewal 2029');
      release();
      await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
      await page.unroute(/\/engine-deferred-[^/]*\.js$/);
      await page.reload();
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Renewal 2029');
      await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    });

    test('a record this build did not seal waits for the engine, then opens as before', async ({ page }) => {
      await openEmpty(page);
      await saveRenamedPlan(page, 'Older record');
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage)) {
          if (!key.startsWith('asa-planner/plan/')) continue;
          localStorage.setItem(key, localStorage.getItem(key)!.replace(/"seal":"[^"]*",/, ''));
        }
      });
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/engine-deferred-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.reload();
      await page.waitForTimeout(500);
      await expect(page.getByLabel('Name', { exact: true })).toHaveCount(0);
      release();
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Older record');
    });
  });
});
