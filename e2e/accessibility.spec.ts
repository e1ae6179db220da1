import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addBotnetKey, buildFailoverPair, openEmpty, setAsOf, shot } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

async function fullPlan(page: Page) {
  await openEmpty(page);
  await buildFailoverPair(page);
  await addBotnetKey(page);
  await page.getByRole('button', { name: 'Add event' }).click();
  await setAsOf(page, '2027-12-10');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

test.describe('accessibility', () => {
  test('axe finds no serious or critical violation (light theme)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await fullPlan(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('axe finds no serious or critical violation (dark theme)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await fullPlan(page);
    await shot(page, '12-dark');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('usable at tablet width', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1100 });
    await fullPlan(page);
    await shot(page, '13-tablet-800');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the theme toggle overrides the system preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openEmpty(page);
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(14, 19, 26)');
  });

  test('keyboard: units are tabs moved by arrow keys; citations show on focus', async ({ page }) => {
    await openEmpty(page);
    await buildFailoverPair(page);
    await page.getByRole('tab', { name: /fw-a/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: /fw-b/ })).toBeFocused();
    await expect(page.getByRole('tab', { name: /fw-b/ })).toHaveAttribute('aria-selected', 'true');
    const marker = page.locator('tr[data-feature="security-contexts"] .cite-marker');
    await marker.focus();
    await expect(page.locator('tr[data-feature="security-contexts"] .cite-bubble')).toBeVisible();
    await expect(page.locator('tr[data-feature="security-contexts"] .cite-bubble')).toContainText('How Failover or ASA Cluster Licenses Combine');
    await shot(page, '14-cite-on-focus');
  });
});
