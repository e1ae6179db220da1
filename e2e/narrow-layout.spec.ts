// Issue 21 item 4: on a phone the results come first (running license, issues, renewals, then the
// editor), in the page's own order (what a screen reader reads and Tab reaches); on a wide screen the
// editor and the results stand side by side; nothing runs off the side at 390 px on any page.
import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations, shot } from './helpers';
import { openReferencePlan } from './reference-plan';

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y;
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);
/** Whether `a` comes before `b` in the document (the reading and focus order). */
const before = (page: Page, a: string, b: string) =>
  page.evaluate(([x, y]) => (document.querySelector(x)!.compareDocumentPosition(document.querySelector(y)!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, [a, b] as const);

test.describe('the plan page at phone and desktop widths', () => {
  test('390 px: the results first (running license, issues, renewals), then the editor, in reading order too', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReferencePlan(page);
    await expect(page.locator('#results.settled')).toBeVisible();
    const license = '[data-testid="license-table"]';
    const order = [license, '[data-testid="issues"]', '[data-testid="renewals"]', '#editor'];
    for (let i = 1; i < order.length; i++) {
      expect(await before(page, order[i - 1]!, order[i]!), `${order[i - 1]} before ${order[i]}`).toBe(true);
      expect(await top(page, order[i - 1]!)).toBeLessThan(await top(page, order[i]!));
    }
    // The first screen after the header shows the running license, not the editor.
    expect(await top(page, license)).toBeLessThan(844);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    // A skip link leads past the results to the editor.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the plan editor' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#editor')).toBeFocused();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'layout-390-plan');
  });

  test('390 px: the header is three rows (the pages and the plan actions scroll sideways), and the share dialog opens over the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReferencePlan(page);
    const header = (await page.locator('header.topbar').boundingBox())!;
    expect(header.height).toBeLessThan(160);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    // The last action is reached by scrolling its row (Tab brings it into view too).
    const theme = page.getByLabel('Theme');
    await theme.focus();
    await expect(theme).toBeInViewport();
    const share = page.getByRole('button', { name: 'Share link' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    await expect(dialog).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'e2e/screenshots/layout-390-share.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('1440 px: the editor and the results side by side, the editor first', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReferencePlan(page);
    await expect(page.locator('#results.settled')).toBeVisible();
    const editor = (await page.locator('#editor').boundingBox())!;
    const results = (await page.locator('#results').boundingBox())!;
    expect(editor.x + editor.width).toBeLessThanOrEqual(results.x);
    expect(Math.abs(editor.y - results.y)).toBeLessThan(2);
    expect(await before(page, '#editor', '#results')).toBe(true);
    // Beside the editor the issues lead the results (they point into it).
    expect(await before(page, '[data-testid="issues"]', '[data-testid="license-table"]')).toBe(true);
    // Narrowing the window puts the results first without losing what was typed.
    await page.getByLabel('Name', { exact: true }).fill('Branch pair, edited');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await before(page, '#results', '#editor')).toBe(true);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Branch pair, edited');
  });

  test('nothing runs off the side at 390 px: plan, Secure Client, sizing, fleet, compare, report', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReferencePlan(page);
    await expect(page.getByTestId('sc-results')).toBeVisible();
    await page.getByTestId('sc-results').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('sc-coverage-chart')).toBeVisible();
    await page.locator('section[data-path="secureClient"]').scrollIntoViewIfNeeded();
    expect(await scrollWidth(page), 'plan with Secure Client').toBeLessThanOrEqual(390);
    // A second saved plan, so the comparison has two to show.
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    for (const [link, ready] of [
      ['What do you need?', 'main'],
      ['Fleet', 'main'],
      ['Compare plans', '[data-testid="compare"]'],
      ['Print report', '[data-testid="report"]'],
    ] as const) {
      await page.getByRole('link', { name: link }).click();
      await expect(page.locator(ready).first()).toBeVisible();
      if (link === 'Compare plans') {
        await page.getByTestId('compare-a').selectOption({ index: 0 });
        await page.getByTestId('compare-b').selectOption({ index: 1 });
        await expect(page.getByTestId('compare-license')).toBeVisible();
      }
      await page.waitForTimeout(300); // lazy charts and tables lay themselves out
      expect(await scrollWidth(page), link).toBeLessThanOrEqual(390);
    }
  });
});
