// Legacy shared AnyConnect Premium licensing (AnyConnect 3 and earlier), built through the UI:
// 000 §"About the Shared Licensing Backup Server": "if the main server is down for 20 days, with the
// backup server active during that time, then the backup server will only have a 10-day limit left
// over. The backup server 'recharges' up to the maximum 30 days after 20 more days as an inactive backup."
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { field, openEmpty, shot, shotOf, START_DATE } from './helpers';

/** Serious and critical axe violations inside one part of the page. */
async function seriousViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** A cell of the stretch table: the stretch starting on `from` (days from the plan start). */
const cell = (page: Page, from: number, column: string): Locator => page.locator(`[data-testid="shared-stretches"] tr[data-from="${from}"] [data-column="${column}"]`);

/**
 * An ASA 5545-X fw-a serving a pool of 500 shared sessions, branch-1 (not in the plan, 250 sessions at
 * most, 50 local) as backup server and participant; fw-a wants 100 sessions, branch-1 120; fw-a is down
 * 20 days from day 30 (31 Jan 2027) with the backup serving.
 */
async function buildTwentyDayExample(page: Page): Promise<void> {
  await openEmpty(page);
  await page.getByLabel('Name', { exact: true }).fill('Shared network');
  await field(page, 'startDate').fill(START_DATE);
  await page.getByLabel('Find model').fill('5545');
  await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');
  await page.getByRole('button', { name: 'Add Secure Client licensing' }).click();

  // The section opens from the keyboard.
  const editor = page.getByTestId('shared-editor');
  await editor.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveAttribute('open', '');
  await editor.getByRole('button', { name: 'Add shared licensing' }).click();
  await expect(editor.getByLabel('Pool (shared sessions)')).toHaveValue('500');
  await expect(editor.getByLabel('Refresh interval (s)')).toHaveValue('30');
  await expect(editor.getByLabel('Server unit', { exact: true })).toHaveValue('fw-a');
  await shotOf(editor, 'sl-01-enabled');

  // The backup server: a unit outside the plan, typed in.
  await editor.getByRole('button', { name: 'Add backup server' }).click();
  await editor.getByLabel('Backup unit', { exact: true }).fill('branch-1');
  await expect(editor.getByLabel('Backup unit', { exact: true })).toHaveValue('branch-1');

  // fw-a takes part with its model's AnyConnect maximum as platform limit.
  await editor.getByRole('button', { name: 'Add participant' }).click();
  const fwA = editor.getByTestId('shared-participant-fw-a');
  await expect(fwA.getByText("empty: the model's AnyConnect maximum, 2,500")).toBeVisible();
  await fwA.getByRole('button', { name: 'Add demand step for fw-a' }).click();
  await fwA.getByLabel('fw-a step 1 sessions').fill('100');

  // branch-1: from the keyboard; not a plan unit, so it needs its platform limit.
  await editor.getByRole('button', { name: 'Add participant' }).focus();
  await page.keyboard.press('Enter');
  await editor.getByTestId('shared-participant-participant-1').getByLabel('Unit', { exact: true }).fill('branch-1');
  const branch = editor.getByTestId('shared-participant-branch-1');
  await expect(branch.getByText('needed: branch-1 is not a plan unit with an AnyConnect maximum')).toBeVisible();
  await expect(page.getByTestId('shared-issues').locator('li[data-code="shared-platform-limit-missing"]')).toBeVisible();
  await branch.getByLabel('Platform limit').fill('250');
  await branch.getByLabel('Local sessions').fill('50');
  await branch.getByRole('button', { name: 'Add demand step for branch-1' }).click();
  await branch.getByLabel('branch-1 step 1 sessions').fill('120');
  await expect(page.getByTestId('shared-issues').locator('li[data-code="shared-platform-limit-missing"]')).toHaveCount(0);
  await shotOf(editor, 'sl-02-server-backup-participants');

  // The main server down for 20 days from day 30.
  const outages = editor.getByTestId('shared-outages');
  await outages.getByRole('button', { name: 'Add outage' }).click();
  await expect(outages.getByLabel('Outage 1 unit')).toHaveValue('fw-a');
  await outages.getByLabel('Outage 1 day', { exact: true }).fill('30');
  await outages.getByLabel('Outage 1 days').fill('20');
  await expect(outages.getByText('31 Jan 2027')).toBeVisible();
  await shotOf(outages, 'sl-03-outage');
}

test.describe('Legacy shared licensing', () => {
  test("000's 20-day example: the backup's limit drains to 10 days and recharges to 30", async ({ page }) => {
    await buildTwentyDayExample(page);
    const results = page.getByTestId('shared-results');
    await expect(results).toBeVisible();
    await expect(page.getByTestId('shared-note')).toContainText('not supported with AnyConnect 4 and later');

    // Day 0: fw-a serves; 100 shared sessions each (50-session steps), 300 left in the pool.
    await expect(cell(page, 0, 'server')).toHaveText('main fw-a');
    await expect(cell(page, 0, 'backup-limit')).toHaveText('5 days, recharges');
    await expect(cell(page, 0, 'pool-free')).toHaveText('300');
    await expect(cell(page, 0, 'fw-a:held')).toHaveText('100');
    await expect(cell(page, 0, 'branch-1:local')).toHaveText('50');
    await expect(cell(page, 0, 'branch-1:held')).toHaveText('100');
    await expect(cell(page, 0, 'branch-1:served')).toHaveText('120');
    await expect(cell(page, 25, 'backup-limit')).toHaveText('30 days, holds');
    // Day 30 to day 49: the backup serves, its 30 days draining.
    await expect(cell(page, 30, 'from')).toHaveText('31 Jan 2027');
    await expect(cell(page, 30, 'server')).toHaveText('backup branch-1');
    await expect(cell(page, 30, 'backup-limit')).toHaveText('30 days, drains');
    await expect(cell(page, 30, 'fw-a:held')).toContainText('server counts 100');
    // Day 50: the main server is back; 10 days left, recharging.
    await expect(cell(page, 50, 'from')).toHaveText('20 Feb 2027');
    await expect(cell(page, 50, 'server')).toHaveText('main fw-a');
    await expect(cell(page, 50, 'backup-limit')).toHaveText('10 days, recharges');
    await expect(cell(page, 50, 'length')).toHaveText('20 days');
    // 20 more days: back to 30.
    await expect(cell(page, 70, 'from')).toHaveText('12 Mar 2027');
    await expect(cell(page, 70, 'backup-limit')).toHaveText('30 days, holds');
    await shot(page, 'sl-04-results');
    // The table alone, clear of the sticky as-of control, then scrolled to the participants' columns.
    const region = results.getByRole('region', { name: /Shared licensing stretches/ });
    await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shotOf(region, 'sl-04b-stretches');
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await shotOf(region, 'sl-04c-stretches-participants');

    // The events, each with its source on focus.
    const takeover = results.locator('[data-testid="shared-events"] tr[data-type="backup-takeover"]');
    await expect(takeover).toHaveCount(1);
    await expect(takeover).toContainText('31 Jan 2027');
    // The event's kind in words, not the engine's id.
    await expect(takeover.locator('td').nth(1)).toHaveText('Backup server takes over');
    await expect(takeover).toContainText('Main server down: backup server branch-1 takes over with 30.00 days of operating limit');
    await takeover.getByRole('button', { name: /^Source:/ }).focus();
    await expect(takeover.getByRole('tooltip')).toBeVisible();
    await expect(takeover.getByRole('tooltip')).toContainText('About the Shared Licensing Backup Server');
    await expect(results.locator('[data-testid="shared-events"] tr[data-type="backup-recharged"]')).toHaveCount(2);
    await expect(results.locator('[data-testid="shared-events"] tr[data-type="main-restored"]')).toContainText('20 Feb 2027');
    await results.getByTestId('shared-events').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shotOf(results.getByTestId('shared-events'), 'sl-05-events');

    // The takeover is on the plan's timeline too.
    const timeline = page.locator('details.events-list').filter({ has: page.locator('summary', { hasText: /^Timeline events/ }) });
    await timeline.locator('summary').click();
    const row = timeline.locator('tr', { hasText: 'Main server down: backup server branch-1 takes over' });
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-type', 'shared-license');
    await expect(row.locator('td').nth(1)).toHaveText('Shared license');
    await expect(row).toContainText('31 Jan 2027');
    await shot(page, 'sl-06-timeline-event');
    await timeline.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shotOf(timeline, 'sl-06b-timeline-events');
  });

  test('a pool too small leaves sessions unserved; undo restores it; removing the section clears it', async ({ page }) => {
    await buildTwentyDayExample(page);
    const editor = page.getByTestId('shared-editor');
    await editor.getByLabel('Pool (shared sessions)').fill('150');
    // fw-a asked first and holds 100; branch-1 gets the 50 left and keeps asking.
    await expect(cell(page, 0, 'pool-free')).toHaveText('0');
    await expect(cell(page, 0, 'branch-1:held')).toHaveText('50');
    await expect(cell(page, 0, 'branch-1:unserved')).toHaveText('20');
    await expect(page.locator('[data-testid="shared-events"] tr[data-type="request-waiting"][data-day="0"]')).toContainText('branch-1 keeps requesting 50 more shared sessions');
    const region = page.getByRole('region', { name: /Shared licensing stretches/ });
    await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await shotOf(region, 'sl-07-pool-too-small');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(editor.getByLabel('Pool (shared sessions)')).toHaveValue('500');
    await expect(cell(page, 0, 'branch-1:unserved')).toHaveText('0');

    // An issue's link opens the collapsed section and focuses the field.
    const limit = editor.getByTestId('shared-participant-branch-1').getByLabel('Platform limit');
    await limit.fill('');
    const missing = page.getByTestId('shared-issues').locator('li[data-code="shared-platform-limit-missing"]');
    await expect(missing).toBeVisible();
    await editor.locator('summary').click();
    await expect(editor).not.toHaveAttribute('open', '');
    await missing.getByRole('button', { name: 'Go to secureClient.shared.participants[1].platformLimit' }).click();
    await expect(editor).toHaveAttribute('open', '');
    await expect(limit).toBeFocused();
    await page.keyboard.type('250');
    await expect(missing).toHaveCount(0);

    await editor.getByRole('button', { name: 'Remove shared licensing' }).click();
    await expect(page.getByTestId('shared-results')).toHaveCount(0);
    await expect(editor.getByRole('button', { name: 'Add shared licensing' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('shared-results')).toBeVisible();
  });

  test('usable at tablet width: the stretch table scrolls sideways inside its region', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1100 });
    await buildTwentyDayExample(page);
    await expect(cell(page, 50, 'backup-limit')).toHaveText('10 days, recharges');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shotOf(page.getByTestId('shared-editor'), 'sl-09-tablet-editor');
    const region = page.getByRole('region', { name: /Shared licensing stretches/ });
    await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shotOf(region, 'sl-09b-tablet-stretches');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violation in the shared licensing panels (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await buildTwentyDayExample(page);
      await expect(page.getByTestId('shared-results')).toBeVisible();
      expect(await seriousViolations(page, '[data-testid="shared-editor"]')).toEqual([]);
      expect(await seriousViolations(page, '[data-testid="shared-results"]')).toEqual([]);
      await shotOf(page.getByTestId('shared-editor'), `sl-08-editor-${scheme}`);
      await shotOf(page.getByTestId('shared-results'), `sl-08b-results-${scheme}`);
    });
  }
});
