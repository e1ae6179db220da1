import { expect, test } from '@playwright/test';
import { addBotnetKey, buildFailoverPair, openEmpty, renamePlan, seriousAxeViolations, shot } from './helpers';

test('two saved plans compared: a renewal key in B keeps Botnet running where A lapses', async ({ page, browser }) => {
  await openEmpty(page);
  await buildFailoverPair(page);
  await addBotnetKey(page);
  await renamePlan(page, 'Before renewal');

  // B: a copy with a second, identical Botnet key, which stacks (000 §"Stacking Time-Based Licenses").
  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await renamePlan(page, 'After renewal');
  await page.getByRole('button', { name: 'Add time-based key' }).click();
  await expect(page.getByTestId('time-key-key-2')).toBeVisible();
  await expect(page.getByTestId('time-key-key-2').getByLabel('Botnet Traffic Filter', { exact: true })).toBeVisible();
  await expect(page.getByTestId('plan-switcher').locator('option')).toHaveText(['Before renewal', 'After renewal']);

  await page.getByRole('link', { name: 'Compare plans' }).click();
  await expect(page).toHaveURL(/\?view=compare$/);
  const compare = page.getByTestId('compare');
  await expect(compare.getByRole('heading', { name: 'Compare two plans' })).toBeFocused();
  await page.getByTestId('compare-a').selectOption({ label: 'Before renewal' });
  await page.getByTestId('compare-b').selectOption({ label: 'After renewal' });
  await page.getByTestId('compare-date').fill('2028-02-01');

  const botnet = compare.locator('[data-testid="compare-license"] tr[data-feature="botnet-traffic-filter"]');
  await expect(botnet.locator('td[data-column="a"]')).toHaveText('Disabled');
  await expect(botnet.locator('td[data-column="b"]')).toHaveText('Enabled');
  await expect(botnet).toHaveClass(/row-changed/);
  await expect(botnet).toContainText('differs');
  await expect(compare.locator('tr[data-feature="security-contexts"]')).not.toHaveClass(/row-changed/);
  await expect(page.getByTestId('compare-summary')).toContainText('1 of');
  const timeline = page.getByTestId('compare-timeline');
  await expect(timeline).toContainText('Botnet Traffic Filter lapses 2027-12-31 in A, covered until 2028-12-30 in B');
  await expect(timeline).toContainText('Key fw-a/key-1 expires 2027-12-31 in A, 2028-12-30 in B');
  await expect(timeline).toContainText('Key fw-a/key-2 (Botnet Traffic Filter) only in B: stacked onto key-1');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shot(page, '50-compare');

  await compare.getByLabel('Only differences').check();
  await expect(compare.locator('[data-testid="compare-license"] tbody tr')).toHaveCount(1);
  await shot(page, '51-compare-only-differences');

  // Before the first lapse both plans run Botnet.
  await page.getByTestId('compare-date').fill('2027-06-01');
  await expect(page.getByTestId('compare-summary')).toContainText('No feature differs on this date');
  await expect(compare.getByText('No feature differs on this date.', { exact: true })).toBeVisible();

  // The share link carries both plans and the selection; it opens the same comparison elsewhere.
  await page.getByTestId('compare-date').fill('2028-02-01');
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(new URL(url).searchParams.get('view')).toBe('compare');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByTestId('notice')).toContainText('Saved “');
  await expect(other.getByTestId('compare-a').locator('option:checked')).toHaveText('Before renewal');
  await expect(other.getByTestId('compare-b').locator('option:checked')).toHaveText('After renewal');
  await expect(other.getByTestId('compare-date')).toHaveValue('2028-02-01');
  await expect(other.getByLabel('Only differences')).toBeChecked();
  await expect(other.getByTestId('compare-timeline')).toContainText('covered until 2028-12-30 in B');
  expect(new URL(other.url()).hash).toBe('');
  await shot(other, '52-compare-opened-from-link');

  // Back to the plan editor with the browser's back button... in the fresh browser, and the link in the first.
  await fresh.close();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Running license' })).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('compare')).toBeVisible();
});
