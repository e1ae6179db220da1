// Timelines people can read (issue 21, item 1): calendar ticks, round value steps, tooltips with
// the date and day number, and a click on a chart sets the as-of day.
import { expect, test } from '@playwright/test';
import { addBotnetKey, field, openEmpty, START_DATE } from './helpers';

test('the key chart: ticks on half-years, round day steps, a tooltip with date and day, a click sets the as-of day', async ({ page }) => {
  test.setTimeout(120_000);
  await openEmpty(page);
  await field(page, 'startDate').fill(START_DATE); // 2027-01-01; the default horizon is 1,095 days
  await page.getByLabel('Find model').fill('5545');
  await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');
  await addBotnetKey(page); // 364 days from day 0
  const chart = page.locator('figure.chart').first();
  await chart.scrollIntoViewIfNeeded();
  const xTicks = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(xTicks).toHaveText(['Jan 2027', 'Jul 2027', 'Jan 2028', 'Jul 2028', 'Jan 2029', 'Jul 2029']);
  await expect(chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveText(['0', '100', '200', '300', '400']);

  // The tick "Jan 2028" stands on day 365 (1 January 2028); clicking there sets the as-of day.
  const tick = xTicks.nth(2);
  const box = (await tick.boundingBox())!;
  const plot = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = plot.y + plot.height / 2;
  await page.mouse.move(x, y);
  const tooltip = chart.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(/\d+ \w{3} 20\d\d · day \d+/);
  await expect(tooltip).toContainText(/days left|—/);
  await page.mouse.click(x, y);
  const day = Number(await page.getByTestId('as-of-slider').inputValue());
  expect(Math.abs(day - 365)).toBeLessThanOrEqual(2);
  await expect(page.getByRole('heading', { name: /^As of \d+ (Dec 2027|Jan 2028)$/ })).toBeVisible();

  // Dragging moves it on: from Jan 2028 to Jul 2028 (day 547).
  await chart.scrollIntoViewIfNeeded();
  const from = (await xTicks.nth(2).boundingBox())!;
  const to = (await xTicks.nth(3).boundingBox())!;
  const row = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, row.y + row.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, row.y + row.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await page.getByTestId('as-of-slider').inputValue());
  expect(Math.abs(dragged - 547)).toBeLessThanOrEqual(2);
  await expect(chart.locator('.as-of-marker')).toHaveAttribute('data-day', String(dragged));
  await page.mouse.move(0, 0); // no tooltip in the pictures
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `e2e/screenshots/timeline-key-chart-${width}.png` });
  }
});
