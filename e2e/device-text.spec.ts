import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildFailoverPair, licenseCell, openEmpty, shot } from './helpers';

const fixture = (name: string) => readFile(`src/engine/device-text/fixtures/${name}`, 'utf8');

async function seriousViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

async function paste(page: Page, text: string): Promise<void> {
  const panel = page.getByTestId('device-import');
  const box = panel.getByLabel('Paste show version / show activation-key / show license all');
  if (!(await box.isVisible())) await panel.getByRole('button', { name: 'Paste device output…' }).click();
  await box.fill(text);
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
}

test.describe('device output', () => {
  test('paste show version: the model, every unused line, then open it as a new plan', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    const text = await fixture('asa-5545-x-crlf-pager.txt');
    await paste(page, text);
    const result = page.getByTestId('import-result');
    await expect(result.getByTestId('import-model')).toHaveText('ASA 5545-X');
    await expect(result.getByTestId('import-summary')).toContainText('Standalone unit');
    await expect(result.getByTestId('import-summary')).toContainText('software 9.8(4)48');

    // Every line that was not used is listed with its number; unrecognized ones are marked.
    const rows = result.getByTestId('unmapped-lines').locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    await expect(result.getByTestId('unmapped-count')).toContainText(`${count} lines not used`);
    const login = result.locator('tr[data-line="1"]');
    await expect(login).toHaveAttribute('data-kind', 'unrecognized');
    await expect(login).toContainText('login as: admin');
    await expect(login).toContainText('Unrecognized');
    await expect(result.locator('tr[data-kind="ignored"]').first()).toBeVisible();
    await shot(page, 'dt-01-import-preview');
    await page.getByTestId('device-import').screenshot({ path: 'e2e/screenshots/dt-01b-import-panel.png' });
    expect(await seriousViolations(page, '[data-testid="device-import"]')).toEqual([]);

    await result.getByRole('button', { name: 'Open as new plan' }).click();
    await expect(page.getByTestId('notice')).toContainText('Imported “Imported ASA 5545-X (serial FCH1851J0CD)” from device output');
    await expect(page.getByTestId('device-import').getByRole('status')).toContainText('as a new plan');
    await expect(page.getByTestId('device-import').getByRole('button', { name: 'Paste device output…' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Imported ASA 5545-X (serial FCH1851J0CD)');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toHaveText('10');
    await expect(licenseCell(page, 'total-vpn-peers', 'combined')).toHaveText('2,500');
    // The plan that was open is still saved.
    await expect(page.getByTestId('plan-switcher').locator('option')).toHaveText(['HQ edge pair', 'Imported ASA 5545-X (serial FCH1851J0CD)']);
    await shot(page, 'dt-02-opened');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'e2e/screenshots/dt-02b-opened-viewport.png' });
  });

  test('a failover pair from one primary: issues with line numbers, then cancel', async ({ page }) => {
    await openEmpty(page);
    await paste(page, await fixture('asa-5555-x-failover-primary.txt'));
    const result = page.getByTestId('import-result');
    await expect(result.getByTestId('import-summary')).toContainText('Failover pair, Active/Standby');
    await expect(result.getByTestId('import-issues')).toContainText('Line 49:');
    await shot(page, 'dt-03-pair-preview');
    await result.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('import-result')).toHaveCount(0);
    await expect(page.getByTestId('plan-switcher').locator('option')).toHaveCount(1);
  });

  test('bad input shows the importer’s message and changes nothing', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await paste(page, await fixture('nonsense-ios-router.txt'));
    const result = page.getByTestId('import-result');
    await expect(result.getByRole('alert')).toContainText('Nothing was imported; your current plan is unchanged');
    await expect(result.getByRole('alert')).toContainText('nothing in the text is ASA license output');
    await expect(result.getByRole('button', { name: 'Open as new plan' })).toHaveCount(0);
    await expect(result.locator('tr[data-kind="unrecognized"]')).toHaveCount(5);
    await shot(page, 'dt-04-nonsense');
    await page.getByTestId('device-import').screenshot({ path: 'e2e/screenshots/dt-04b-nonsense-panel.png' });

    await paste(page, await fixture('nonsense-two-models.txt'));
    await expect(result.getByRole('alert')).toContainText('one output must come from one model');
    await expect(result.getByTestId('import-issues')).toContainText('Line 7:');

    // More than 1 MB, read from a file.
    await page.getByTestId('device-file').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(1_100_000)) });
    await expect(result.getByRole('alert')).toContainText('the importer reads at most 1 MB');
    await shot(page, 'dt-05-too-large');

    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('HQ edge pair');
    await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
    await expect(page.getByTestId('plan-switcher').locator('option')).toHaveCount(1);
  });

  test('show version: the unit or the pair, copied to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openEmpty(page);
    await buildFailoverPair(page);
    const panel = page.getByTestId('show-version');
    const pre = panel.getByTestId('show-version-text');
    await expect(pre).toContainText('Hardware:   ASA5545');
    await expect(pre).toContainText('Licensed features for this platform:');
    await expect(pre).toContainText(/Security Contexts\s+: 20\s+perpetual/);
    await expect(pre).toContainText('Failover cluster licensed features for this platform:');
    await panel.getByRole('combobox', { name: 'License of', exact: true }).selectOption({ label: 'Combined license of the failover pair' });
    await expect(pre).toContainText(/Security Contexts\s+: 30\s+perpetual/);
    await pre.scrollIntoViewIfNeeded();
    await shot(page, 'dt-06-show-version');
    await panel.screenshot({ path: 'e2e/screenshots/dt-06b-show-version-panel.png' });

    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trimEnd()).toBe((await pre.textContent())?.trimEnd());

    // Without a clipboard the text is selected for the user to copy.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect(panel.getByRole('status')).toContainText('the text is selected');
    expect((await page.evaluate(() => window.getSelection()?.toString()))?.trimEnd()).toBe((await pre.textContent())?.trimEnd());
    expect(await seriousViolations(page, '[data-testid="show-version"]')).toEqual([]);
  });
});
