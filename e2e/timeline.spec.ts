// Timelines people can read (issue 21, item 1): calendar ticks, round value steps, tooltips with
// the date and day number, and a click on a chart sets the as-of day.
import { expect, test, type Page } from '@playwright/test';
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
    // As many calendar ticks as the plot has room for: half-years on a desktop, whole years
    // (labelled "2027") on a phone, never every other half-year ("Jul 2027, Jul 2028").
    const ticks = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    if (width === 390) await expect(ticks).toHaveText(['2027', '2028', '2029']);
    else await expect(ticks.first()).toHaveText('Jan 2027');
    await chart.screenshot({ path: `e2e/screenshots/timeline-key-chart-${width}.png` });
  }
});

// A reference plan with stretches: a 5545-X failover pair from 1 January 2027, a 364-day Botnet
// Traffic Filter key on each unit, fw-b powered off for 20 days from day 100, the link down for 42
// days from day 200 (past the 30-day grace of 000 §"Loss of Communication Between Failover or ASA Cluster Units").
const unit = (id: string) => ({
  id,
  model: 'asa-5545-x',
  software: '9.16',
  permanent: { tier: 'base', features: { encryption: '3des-aes' } },
  timeBased: [{ id: `btf-${id}`, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 0, active: true, evaluation: false }],
});
const REFERENCE = {
  format: 'asa-license-plan/1',
  name: 'Stretches',
  startDate: '2027-01-01',
  horizonDays: 1095,
  deployment: { mode: 'failover', failover: 'active-standby', contextMode: 'single', units: [unit('fw-a'), unit('fw-b')] },
  events: [
    { day: 100, type: 'power-off', unit: 'fw-b', days: 20 },
    { day: 200, type: 'link-down', days: 42 },
  ],
};

async function openReference(page: Page) {
  await openEmpty(page);
  await page.getByTestId('import-file').setInputFiles({ name: 'stretches.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(REFERENCE)) });
  // A busy machine takes a while to analyse the plan and load the charts' chunk.
  await expect(page.locator('figure.chart .recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

test('bands with their legend for a power-off and a link-down; an event marker tooltip names date, day and what happened', async ({ page }) => {
  test.setTimeout(120_000);
  await openReference(page);
  const chart = page.locator('figure.chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveText(['Jan 2027', 'Jul 2027', 'Jan 2028', 'Jul 2028', 'Jan 2029', 'Jul 2029']);
  const off = chart.locator('.chart-band[data-kind="power-off"]');
  await expect(off).toHaveCount(1);
  await expect(off).toHaveAttribute('data-from', '100');
  await expect(off).toHaveAttribute('data-to', '120');
  await expect(off.locator('title')).toHaveText(/^Powered off \(fw-b\): 11 Apr 2027 to 1 May 2027 \(days 100–120\)\./);
  const link = chart.locator('.chart-band[data-kind="link-down"]');
  await expect(link).toHaveAttribute('data-from', '200');
  await expect(link).toHaveAttribute('data-to', '242');
  await expect(link.locator('.band-mark')).toHaveCount(1); // the 30-day mark, day 230
  await expect(link.locator('title')).toContainText('The 30-day grace ends on 19 Aug 2027 (day 230).');
  const legend = chart.locator('.band-legend');
  await expect(legend.locator('li')).toHaveText(['Powered off', 'Link down (dashed line: 30-day grace ends)']);

  // The marker of day 100 says when and what.
  await expect(chart.locator('.event-marker[data-day="100"] title')).toHaveText(/^11 Apr 2027 · day 100\nUnit powered off for 20 days; on 9\.x only uptime counts, so active keys pause/);
  // Its hover target is under the pointer at the marker's x.
  const hit = (await chart.locator('.event-marker[data-day="200"] .event-hit').boundingBox())!;
  const under = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.event-marker')?.getAttribute('data-day'), [hit.x + hit.width / 2, hit.y + hit.height / 2]);
  expect(under).toBe('200');
});

test('zoomed to a year: calendar ticks of the window, and a click still sets the as-of day', async ({ page }) => {
  test.setTimeout(120_000);
  await openReference(page);
  await page.getByTestId('zoom-span').selectOption({ label: '1 year' });
  const chart = page.locator('figure.chart').first();
  await chart.scrollIntoViewIfNeeded();
  // Centred on the as-of day 0: the window is days 0 to 365, with quarter ticks.
  const xTicks = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(xTicks).toHaveText(
    ['Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027', 'Jul 2027', 'Aug 2027', 'Sep 2027', 'Oct 2027', 'Nov 2027', 'Dec 2027', 'Jan 2028'].filter((_, i) => i % 3 === 0),
  );
  // Move the window on by 181 days (1 July 2027 to 30 June 2028).
  await page.getByTestId('zoom-from').fill('181');
  await expect(xTicks.first()).toHaveText('Jul 2027');
  const tick = xTicks.filter({ hasText: 'Jan 2028' });
  const box = (await tick.boundingBox())!;
  const plot = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, plot.y + plot.height / 2);
  const day = Number(await page.getByTestId('as-of-slider').inputValue());
  expect(Math.abs(day - 365)).toBeLessThanOrEqual(2);
  await expect(chart.locator('.as-of-marker')).toHaveAttribute('data-day', String(day));
  // The link-down band of days 200-242 is inside the window; the power-off of days 100-120 is not.
  await expect(chart.locator('.chart-band[data-kind="link-down"]')).toHaveCount(1);
  await expect(chart.locator('.chart-band[data-kind="power-off"]')).toHaveCount(0);
});

test('the sticky as-of bar: next change, stays in view while the results scroll, keyboard steps', async ({ page }) => {
  test.setTimeout(120_000);
  await openReference(page);
  const bar = page.getByTestId('as-of-bar');
  const day = page.getByTestId('as-of-bar-day');
  await expect(day).toHaveAttribute('data-day', '0');
  await expect(day).toContainText('1 Jan 2027');
  await page.getByTestId('as-of-next-change').click();
  await expect(day).toHaveAttribute('data-day', '100'); // fw-b powers off
  await expect(page.getByTestId('as-of-slider')).toHaveValue('100');
  await page.getByTestId('as-of-next-change').click();
  await expect(day).toHaveAttribute('data-day', '120'); // fw-b powers on

  // Scrolled down to the timeline, the bar is still on screen.
  await page.locator('#timeline-h').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 600);
  await expect(bar).toBeInViewport();
  const top = (await bar.boundingBox())!.y;
  expect(top).toBeGreaterThanOrEqual(-1);
  expect(top).toBeLessThan(20);
  await expect(bar).toContainText('Keys: ← → a day, Shift+← → or Page Up/Down a week, Ctrl+← → or [ ] the previous or next change.');

  // Keys, with the focus in the bar.
  await page.getByTestId('as-of-next-change').focus();
  await page.keyboard.press('ArrowRight');
  await expect(day).toHaveAttribute('data-day', '121');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(day).toHaveAttribute('data-day', '128');
  await page.keyboard.press('PageUp');
  await expect(day).toHaveAttribute('data-day', '121');
  await page.keyboard.press('ArrowLeft');
  await expect(day).toHaveAttribute('data-day', '120');
  await page.keyboard.press(']');
  await expect(day).toHaveAttribute('data-day', '200'); // the link goes down
  await page.keyboard.press('Control+ArrowRight');
  await expect(day).toHaveAttribute('data-day', '230'); // the 30-day grace ends
  await page.keyboard.press('Control+ArrowLeft');
  await expect(day).toHaveAttribute('data-day', '200');
  await page.keyboard.press('[');
  await expect(day).toHaveAttribute('data-day', '120');
  await expect(page.getByRole('heading', { name: 'As of 1 May 2027' })).toBeAttached();
});

test('the Secure Client chart: licensed solid, demand dashed with dots, patterned gaps in the legend, round user steps, a click sets the as-of day', async ({ page }) => {
  test.setTimeout(120_000);
  await openEmpty(page);
  // 873 Plus users for 30 months from 1 January 2027 against 1,200 unique users: short, then no license from 1 July 2029.
  const plan = { ...REFERENCE, events: [], secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 873, startDay: 0, termMonths: 30 }], demand: { uniqueUsers: 1200 } } };
  await page.getByTestId('import-file').setInputFiles({ name: 'sc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  const chart = page.getByTestId('sc-coverage-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveText(['0', '500', '1,000', '1,500']);
  await expect(chart.getByTestId('sc-gap-legend').locator('li')).toHaveText(['No license in force', 'Short of the demand, or a needed feature not licensed']);
  await expect(chart.locator('.recharts-line-curve').nth(0)).not.toHaveAttribute('stroke-dasharray', /\d/);
  await expect(chart.locator('.recharts-line-curve').nth(1)).toHaveAttribute('stroke-dasharray', '6 3');
  await expect(chart.locator('.recharts-line-dots').first().locator('circle').first()).toBeVisible();
  const tick = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').filter({ hasText: 'Jan 2028' });
  const box = (await tick.boundingBox())!;
  const plot = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, plot.y + plot.height / 2);
  expect(Math.abs(Number(await page.getByTestId('as-of-slider').inputValue()) - 365)).toBeLessThanOrEqual(2);
});
