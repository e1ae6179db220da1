import { expect, test } from '@playwright/test';
import { buildFailoverPair, licenseCell, openEmpty, shot } from './helpers';

test('works offline after the first visit (service worker precache)', async ({ page, context }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`http://localhost:${process.env.E2E_PORT ?? 4173}/`) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) external.push(r.url());
  });
  await openEmpty(page);
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  await buildFailoverPair(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'ASA License Planner' })).toBeVisible();
  await expect(licenseCell(page, 'security-contexts', 'combined')).toContainText('30');
  // The timeline is a separate chunk: it must come from the precache too.
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await shot(page, '11-offline');
  await context.setOffline(false);
  expect(external).toEqual([]);
});
