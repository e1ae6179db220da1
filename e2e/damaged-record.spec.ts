// Issue 25 (2): a forged saved record (sealed, but missing `deployment`) must not white-screen the
// app on every reload: the app names the plan, offers its raw record, and can read it again
// through validation. Nothing is deleted.
import { expect, test } from '@playwright/test';
import { openEmpty, saveRenamedPlan, shot } from './helpers';

test('a forged sealed record shows the plan’s name, exports the raw record, and opens again checked', async ({ page }) => {
  await openEmpty(page);
  await saveRenamedPlan(page, 'Forged HQ');
  // Forge: drop the deployment and seal the text again (the seal's hash is public: cyrb53).
  await page.evaluate(() => {
    const hash = (text: string) => {
      let h1 = 0xdeadbeef;
      let h2 = 0x41c6ce57;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
    };
    const key = Object.keys(localStorage).find((k) => k.startsWith('asa-planner/plan/'))!;
    const text = localStorage.getItem(key)!;
    const m = /^\{"version":(\d+),"revision":(\d+),"seal":"([0-9a-z]+):[0-9a-z]+",/.exec(text)!;
    const record = JSON.parse(text) as { plan: Record<string, unknown>; view: unknown };
    delete record.plan.deployment;
    const body = JSON.stringify({ plan: record.plan, view: record.view }).slice(1);
    localStorage.setItem(key, `{"version":${m[1]},"revision":${m[2]},"seal":"${m[3]}:${hash(body)}",${body}`);
  });
  await page.reload();
  const error = page.getByTestId('app-error');
  await expect(error).toContainText('The planner could not show the saved plan “Forged HQ”');
  await shot(page, 'damaged-record');
  const download = page.waitForEvent('download');
  await error.getByRole('button', { name: 'Export the saved record' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Forged HQ.saved-record.json');
  await error.getByRole('button', { name: 'Open it again, checked' }).click();
  await expect(page.getByRole('heading', { name: 'ASA License Planner' })).toBeVisible();
  await expect(page.getByTestId('app-error')).toHaveCount(0);
  // The damaged record is still in the browser, reported rather than dropped.
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('asa-planner/') && (localStorage.getItem(k) ?? '').includes('Forged HQ')))).toBe(true);
});
