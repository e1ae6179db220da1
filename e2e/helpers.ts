// Shared steps and locators for the e2e tests (test-data builders in one place).
import { expect, type Locator, type Page } from '@playwright/test';

export const START_DATE = '2027-01-01';

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** A field by the JSON path the engine uses in its issues (fields carry data-path). */
export const field = (page: Page, path: string, control = 'input, select'): Locator => page.locator(`[data-path="${path}"]`).locator(control).first();

export const licenseCell = (page: Page, feature: string, column: string): Locator => page.locator(`[data-testid="license-table"] tr[data-feature="${feature}"] td[data-column="${column}"]`);

export const keyRow = (page: Page, key: string): Locator => page.locator(`[data-testid="key-table"] tr[data-key="${key}"]`);

/** Removes every saved plan from the browser: localStorage and its durable IndexedDB mirror. */
export async function clearSavedPlans(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((resolve) => {
      const r = indexedDB.deleteDatabase('asa-planner-mirror');
      r.onsuccess = r.onerror = r.onblocked = () => resolve(undefined);
    });
  });
}

/** Opens the app on a clean browser profile (no saved plans). */
export async function openEmpty(page: Page): Promise<void> {
  await page.goto('/');
  await clearSavedPlans(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'ASA License Planner' })).toBeVisible();
}

/**
 * From an empty page: two ASA 5545-X as an Active/Standby failover pair, 20 contexts on the
 * primary and 10 on the secondary ("Same on every unit" turned off for the permanent license) (000 §"How Failover or ASA Cluster Licenses Combine").
 */
export async function buildFailoverPair(page: Page): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill('HQ edge pair');
  await field(page, 'startDate').fill(START_DATE);
  await page.getByLabel('Find model').fill('5545');
  await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5545-x');
  await page.getByRole('radio', { name: 'Failover pair' }).check();
  await expect(page.getByRole('tab')).toHaveCount(2);
  // The units' context licenses differ on purpose: the permanent license is no longer kept the same on both.
  await page.getByTestId('same-on-every-unit').getByRole('checkbox', { name: 'Permanent license' }).uncheck();
  await field(page, 'deployment.units[0].permanent.features.security-contexts', 'select').selectOption('20');
  await page.getByRole('tab', { name: /fw-b/ }).click();
  await field(page, 'deployment.units[1].permanent.features.security-contexts', 'select').selectOption('10');
  await page.getByRole('tab', { name: /fw-a/ }).click();
}

/** A 52-week Botnet Traffic Filter key on the primary, installed on day 0. */
export async function addBotnetKey(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add time-based key' }).click();
  const key = page.getByTestId('time-key-key-1');
  await expect(key).toBeVisible();
  await expect(key.getByLabel('Botnet Traffic Filter', { exact: true })).toBeVisible();
  await key.getByLabel('Amount').fill('52');
  await key.getByRole('combobox', { name: 'Unit', exact: true }).selectOption('weeks');
  await expect(key.getByText('= 364 days')).toBeVisible();
}

export async function setAsOf(page: Page, date: string): Promise<void> {
  await page.getByTestId('as-of-date').fill(date);
}

/** Axe's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousAxeViolations(page: Page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Sets the plan's name (the Name field of the plan settings). */
export async function renamePlan(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(name);
}

/** A screenshot of one part of the page (a card, a chart), readable at full size. */
export async function shotOf(locator: Locator, name: string): Promise<void> {
  await locator.screenshot({ path: `e2e/screenshots/${name}.png` });
}

/** Renames the open plan and waits until autosave has written it: the browser now holds a saved plan, as on a returning visit. */
export async function saveRenamedPlan(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await waitForSealedRecord(page);
}

/** Waits until a plan record is saved sealed: written once the engine had loaded, as a returning visit finds it (src/app/persistence/sealed-record.ts). */
export async function waitForSealedRecord(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('asa-planner/plan/') && localStorage.getItem(k)?.includes('"seal":') === true));
}
