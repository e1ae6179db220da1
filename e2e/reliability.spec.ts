// Nothing lost: autosave through reloads and killed pages, two tabs on one plan, a full
// storage, and saved records of an older version.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { clearSavedPlans, openEmpty, renamePlan } from './helpers';

const nameField = (page: Page) => page.getByLabel('Name', { exact: true });
const storedPlanNames = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('asa-planner/plan/'))
      .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { plan?: { name?: string } }).plan?.name)
      .sort(),
  );

test.describe('nothing lost', () => {
  test('an edit survives a reload, a page closed without unload handlers and a crashed page', async ({ page, context }) => {
    await openEmpty(page);
    await renamePlan(page, 'Before reload');
    await page.reload();
    await expect(nameField(page)).toHaveValue('Before reload');

    // Closed right after the last keystroke, no beforeunload: every keystroke was already saved.
    await nameField(page).fill('');
    await nameField(page).pressSequentially('Typed then closed');
    await page.close({ runBeforeUnload: false });
    const second = await context.newPage();
    await second.goto('/');
    await expect(nameField(second)).toHaveValue('Typed then closed');

    // The renderer crashes mid-edit: no pagehide, no unload, nothing runs.
    await nameField(second).fill('Typed then crashed');
    const cdp = await context.newCDPSession(second);
    const crashed = second.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const third = await context.newPage();
    await third.goto('/');
    await expect(nameField(third)).toHaveValue('Typed then crashed');
  });

  test('two tabs on one plan: a newer revision is never overwritten; the user chooses', async ({ page: a, context }) => {
    await openEmpty(a);
    await renamePlan(a, 'Edge');
    const b = await context.newPage();
    await b.goto('/');
    await expect(nameField(b)).toHaveValue('Edge');
    await expect(b.getByTestId('conflict')).toHaveCount(0);

    await renamePlan(a, 'Edge from A');
    const conflict = b.getByTestId('conflict');
    await expect(conflict).toContainText('This plan was changed in another tab');
    await expect(a.getByTestId('conflict')).toHaveCount(0);

    // B keeps typing: nothing of it is written over A's plan.
    await renamePlan(b, 'Edge from B');
    await expect.poll(() => storedPlanNames(a)).toEqual(['Edge from A']);

    await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(nameField(b)).toHaveValue('Edge from B (my copy)');
    await expect(b.getByTestId('notice')).toContainText('Your version is saved as “Edge from B (my copy)”');
    await expect.poll(() => storedPlanNames(a)).toEqual(['Edge from A', 'Edge from B (my copy)']);
    await expect(a.getByTestId('plan-switcher').locator('option')).toHaveText(['Edge from A', 'Edge from B (my copy)']);

    // Both on A's plan again; A edits; B loads theirs, and undo brings B's version back.
    await b.getByTestId('plan-switcher').selectOption({ label: 'Edge from A' });
    await expect(nameField(b)).toHaveValue('Edge from A');
    await renamePlan(b, 'Edge, B draft');
    await expect(a.getByTestId('conflict')).toBeVisible();
    await a.getByTestId('conflict').getByRole('button', { name: 'Load theirs' }).click();
    await expect(nameField(a)).toHaveValue('Edge, B draft');
    await expect(a.getByTestId('notice')).toContainText('Undo brings your version back');
    await expect(b.getByTestId('conflict')).toHaveCount(0);
  });

  test('a full storage is told, with the export right there; the plan in the tab stays intact', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await openEmpty(page);
    await renamePlan(page, 'Saved');
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
    await renamePlan(page, 'Only in this tab');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('Not saved: this browser’s storage is full');
    await expect(nameField(page)).toHaveValue('Only in this tab');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export the plan' }).click()]);
    expect(JSON.parse(await readFile(await download.path(), 'utf8')).name).toBe('Only in this tab');
    expect(await storedPlanNames(page)).toEqual(['Saved']);

    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
    await renamePlan(page, 'Saved again');
    await expect(notice).toContainText('Saving works again');
    expect(await storedPlanNames(page)).toEqual(['Saved again']);
  });

  test('older records are migrated on load; a plan of another format is named and kept untouched', async ({ page }) => {
    await openEmpty(page);
    const future = JSON.stringify({ version: 2, revision: 3, plan: { format: 'asa-license-plan/2', name: 'From the future' }, view: {} });
    await clearSavedPlans(page);
    await page.evaluate((futureText) => {
      const plan = {
        format: 'asa-license-plan/1',
        name: 'Saved by app 0.1',
        startDate: '2027-01-01',
        deployment: { units: [{ id: 'fw-a', model: 'asa-5545-x' }] },
        events: [{ day: -3, type: 'link-down', days: 2 }],
      };
      localStorage.clear();
      localStorage.setItem('asa-planner/plan/old', JSON.stringify({ plan, view: { asOfDay: 10 } }));
      localStorage.setItem('asa-planner/plan/future', futureText);
      localStorage.setItem(
        'asa-planner/index',
        JSON.stringify({
          currentId: 'future',
          plans: [
            { id: 'old', name: 'Saved by app 0.1', updatedAt: 1 },
            { id: 'future', name: 'From the future', updatedAt: 2 },
          ],
        }),
      );
    }, future);
    await page.reload();
    await expect(nameField(page)).toHaveValue('Saved by app 0.1');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('“From the future” could not be restored: Plan format “asa-license-plan/2” is not one this version of the planner reads');
    await expect(notice).toContainText('events[0] {"day":-3,"type":"link-down","days":2} was dropped');
    const stored = await page.evaluate(() => ({
      future: localStorage.getItem('asa-planner/plan/future'),
      old: localStorage.getItem('asa-planner/plan/old'),
      backup: localStorage.getItem('asa-planner/backup/old'),
    }));
    expect(stored.future).toBe(future);
    expect(stored.old?.startsWith('{"version":2,"revision":0,')).toBe(true);
    expect(JSON.parse(stored.backup ?? '{}').plan.events).toHaveLength(1);
    await expect(page.getByTestId('plan-switcher').locator('option')).toHaveText(['Saved by app 0.1', 'From the future']);
  });
});
