import { expect, test, type Page } from '@playwright/test';
import { addBotnetKey, buildFailoverPair, keyRow, openEmpty, seriousAxeViolations, setAsOf, shot, shotOf } from './helpers';

/** The x position of the first "order by" marker on the key chart. */
async function markerX(page: Page): Promise<number> {
  const line = page.locator('figure.chart').first().locator('.order-by-marker line, line.order-by-marker').first();
  return Number(await line.getAttribute('x1'));
}

test('renewals: order-by dates and near-expiry colours follow the purchase lead time', async ({ page }) => {
  await openEmpty(page);
  await buildFailoverPair(page);
  // A 364-day Botnet key from 1 Jan 2027 runs out on 31 Dec 2027 (000 §"Time-Based License Expiration").
  await addBotnetKey(page);
  const renewals = page.getByTestId('renewals');
  const botnet = renewals.locator('tr[data-feature="botnet-traffic-filter"]');
  await expect(botnet).toContainText('31 Dec 2027');
  await expect(botnet).toContainText('Enabled → Disabled');
  await expect(botnet).toContainText('time-based only');
  await expect(botnet.locator('.order-by')).toHaveText('1 Dec 2027');
  await expect(botnet).toContainText('upcoming');
  await expect(page.getByTestId('lead-days')).toHaveValue('30');

  // The marker on both charts: the key countdown and the Botnet value.
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(2);
  for (const i of [0, 1]) {
    await expect(charts.nth(i).locator('.order-by-marker')).toHaveCount(1);
    await expect(charts.nth(i).locator('svg').getByText('order by', { exact: true })).toHaveCount(1);
  }
  const x30 = await markerX(page);
  await shot(page, '20-renewal-30-days');
  await shotOf(page.getByTestId('renewals'), '20a-renewals-card');
  await shotOf(page.locator('section[aria-labelledby="timeline-h"]'), '20b-timeline-order-by');

  // A 60-day lead time moves the order-by date a month earlier, everywhere.
  await page.getByTestId('lead-days').fill('60');
  await expect(botnet.locator('.order-by')).toHaveText('1 Nov 2027');
  await expect(page.locator('.events-list')).toContainText('order the renewal by 2027-11-01 (60-day lead time)');
  await expect.poll(() => markerX(page)).toBeLessThan(x30);

  // 15 Nov 2027: 46 days left, within 60 days: amber key, "order now".
  await setAsOf(page, '2027-11-15');
  await expect(keyRow(page, 'key-1')).toHaveClass(/tone-near/);
  await expect(keyRow(page, 'key-1')).toContainText('within lead time');
  await expect(botnet).toHaveClass(/tone-near/);
  await expect(botnet).toContainText('order now');
  await page.locator('.renewal-table').scrollIntoViewIfNeeded();
  await shot(page, '21-renewal-order-now');
  await shotOf(page.locator('section[aria-labelledby="keys-h"]'), '21a-key-near');
  await shotOf(page.getByTestId('renewals'), '21b-renewals-order-now');
  await shotOf(page.locator('section[aria-labelledby="plan-settings-h"]'), '21c-lead-time-field');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The same day with a 30-day lead time is not yet near.
  await page.getByTestId('lead-days').fill('30');
  await expect(keyRow(page, 'key-1')).toHaveClass(/tone-ok/);
  await expect(botnet).toContainText('upcoming');

  // After the lapse: red, "lapsed".
  await setAsOf(page, '2028-01-10');
  await expect(keyRow(page, 'key-1')).toHaveClass(/tone-expired/);
  await expect(botnet).toHaveClass(/tone-expired/);
  await expect(botnet).toContainText('lapsed');
  await shot(page, '22-renewal-lapsed');
  await shotOf(page.getByTestId('renewals'), '22a-renewals-lapsed');
});
