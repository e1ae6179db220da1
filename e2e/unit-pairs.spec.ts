// Issue 20 items 3, 4, 7: pairs and clusters edited as one, key duplication and years, the unit
// tab kept over a reload, and the model search chosen from the keyboard.
import { expect, test, type Page } from '@playwright/test';
import { field, openEmpty, seriousAxeViolations, shot, shotOf, START_DATE, waitForSealedRecord } from './helpers';

// The machine these run on is shared and slow; axe alone can take most of a minute.
test.describe.configure({ timeout: 240_000 });

const tab = (page: Page, id: string) => page.getByRole('tab', { name: new RegExp(`^${id} `) });
const inStep = (page: Page, name: string) => page.getByTestId('same-on-every-unit').getByRole('checkbox', { name });
const contexts = (page: Page, unit: number) => field(page, `deployment.units[${unit}].permanent.features.security-contexts`, 'select');
const deployment = (page: Page) => page.locator('section[aria-labelledby="deployment-h"]');
const encryption = (page: Page, unit: number) => field(page, `deployment.units[${unit}].permanent.features.encryption`, 'select');

async function chooseModel(page: Page, search: string, model: string): Promise<void> {
  await page.getByLabel('Find model').fill(search);
  await page.getByLabel('Find model').press('Enter');
  await expect(field(page, 'deployment.units[0].model', 'select')).toHaveValue(model);
}

/** An ASA 5512-X Security Plus with 5 contexts and 3DES/AES on 9.16 (000 §"ASA 5512-X License Features"). */
async function configuredPrimary(page: Page): Promise<void> {
  await openEmpty(page);
  await field(page, 'startDate').fill(START_DATE);
  await chooseModel(page, '5512', 'asa-5512-x');
  await field(page, 'deployment.units[0].permanent.tier', 'select').selectOption('security-plus');
  await field(page, 'deployment.units[0].software').fill('9.16');
  await field(page, 'deployment.units[0].software').press('Tab');
  await contexts(page, 0).selectOption('5');
  await encryption(page, 0).selectOption({ label: 'Strong (3DES/AES)' });
}

test.describe('pairs and clusters edited as one', () => {
  test('a failover pair made from a configured primary has no mismatch issue', async ({ page }) => {
    await configuredPrimary(page);
    await page.getByRole('radio', { name: 'Failover pair' }).check();
    await expect(page.getByRole('tab')).toHaveCount(2);
    await expect(tab(page, 'fw-b')).toContainText('ASA 5512-X');
    const issues = page.getByTestId('issues');
    await expect(issues.getByText('plan works')).toBeVisible();
    await expect(issues).not.toContainText(/each unit must have/i);
    await expect(page.locator('.tab-differs')).toHaveCount(0);
    await tab(page, 'fw-b').click();
    await expect(field(page, 'deployment.units[1].permanent.tier', 'select')).toHaveValue('security-plus');
    await expect(field(page, 'deployment.units[1].software')).toHaveValue('9.16');
    await expect(contexts(page, 1)).toHaveValue('5');
    await expect(encryption(page, 1)).toHaveValue('"3des-aes"');
    await page.setViewportSize({ width: 1440, height: 1000 });
    await shot(page, 'unit-pairs-1440');
    await shotOf(deployment(page), 'unit-pairs-1440-deployment');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The engine requires the same encryption license on both (000 §"Failover License Requirements and Exceptions"): a unit that differs is flagged on its tab.
    await inStep(page, 'Permanent license').uncheck();
    await encryption(page, 1).selectOption({ label: 'Base (DES) (default)' });
    await expect(tab(page, 'fw-b')).toContainText('differs from fw-a');
    await expect(tab(page, 'fw-a')).not.toContainText('differs');
    await expect(issues).toContainText(/each unit must have the same encryption license/i);
    await page.setViewportSize({ width: 390, height: 900 });
    await shotOf(deployment(page), 'unit-pairs-390-differs');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Turning the field back on copies the primary's license: the flag goes.
    await inStep(page, 'Permanent license').check();
    await expect(encryption(page, 1)).toHaveValue('"3des-aes"');
    await expect(page.locator('.tab-differs')).toHaveCount(0);
  });

  test('adding a cluster unit selects its tab and copies the model', async ({ page }) => {
    await openEmpty(page);
    await chooseModel(page, '5545', 'asa-5545-x');
    await page.getByRole('radio', { name: 'Cluster' }).check();
    await expect(page.getByRole('tab')).toHaveCount(2);
    await page.getByRole('button', { name: 'Add unit' }).click();
    await expect(page.getByRole('tab')).toHaveCount(3);
    await expect(tab(page, 'fw-c')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, 'fw-c')).toContainText('ASA 5545-X');
    await expect(field(page, 'deployment.units[2].model', 'select')).toHaveValue('asa-5545-x');
  });

  test('"Same on every unit" keeps a change in step, one undo step; turned off, a unit differs', async ({ page }) => {
    await openEmpty(page);
    await chooseModel(page, '5545', 'asa-5545-x');
    await page.getByRole('radio', { name: 'Failover pair' }).check();
    await contexts(page, 0).selectOption('20');
    await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5555-x');
    await tab(page, 'fw-b').click();
    await expect(field(page, 'deployment.units[1].model', 'select')).toHaveValue('asa-5555-x');
    await expect(contexts(page, 1)).toHaveValue('20');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(field(page, 'deployment.units[1].model', 'select')).toHaveValue('asa-5545-x');
    await expect(tab(page, 'fw-a')).toContainText('ASA 5545-X');
    // 000 §"How Failover or ASA Cluster Licenses Combine": the secondary may carry a smaller context license.
    await inStep(page, 'Permanent license').uncheck();
    await contexts(page, 1).selectOption('10');
    await tab(page, 'fw-a').click();
    await expect(contexts(page, 0)).toHaveValue('20');
  });
});

test.describe('keys', () => {
  test('a key is duplicated; a 1-year term is 365 days', async ({ page }) => {
    await openEmpty(page);
    await chooseModel(page, '5545', 'asa-5545-x');
    await page.getByRole('button', { name: 'Add time-based key' }).click();
    const key = page.getByTestId('time-key-key-1');
    await key.getByLabel('Amount').fill('1');
    await key.getByRole('combobox', { name: 'Unit', exact: true }).selectOption('years');
    await expect(key.getByText('= 365 days (the plan stores days; a year counts 365)')).toBeVisible();
    await key.getByRole('button', { name: 'Duplicate key key-1' }).click();
    const copy = page.getByTestId('time-key-key-1-copy');
    await expect(copy).toBeVisible();
    await expect(copy.getByLabel('Amount')).toHaveValue('365');
    await expect(copy.getByLabel('Botnet Traffic Filter', { exact: true })).toBeVisible();
    await shotOf(page.locator('[data-path="deployment.units[0].timeBased"]'), 'unit-keys-duplicate');
  });

  test('the selected unit tab is kept after a reload', async ({ page }) => {
    await openEmpty(page);
    await page.getByRole('radio', { name: 'Failover pair' }).check();
    await tab(page, 'fw-b').click();
    await waitForSealedRecord(page);
    await page.reload();
    await expect(tab(page, 'fw-b')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'unit-tab-1');
  });
});

test.describe('model search', () => {
  test('a single match is chosen, Enter chooses it, the arrow keys move through matches', async ({ page }) => {
    await openEmpty(page);
    const search = page.getByLabel('Find model');
    const model = field(page, 'deployment.units[0].model', 'select');
    await search.fill('5545');
    await expect(model).toHaveValue('asa-5545-x');
    // The choice undone (the search still reads 5545): Enter in the search chooses its single match again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(model).toHaveValue('asa-5506-x');
    await search.press('Enter');
    await expect(model).toHaveValue('asa-5545-x');
    await expect(search).toHaveValue('');

    // Each typed word begins a word of the model (digits included): "fpr 41" is the 4100 series, and
    // "firepower 2" the 2100 family, not the 1120 or 4112 whose numbers only contain a 2.
    const options = page.getByRole('listbox', { name: 'Matching models' }).getByRole('option');
    await search.fill('fpr 41');
    await expect(options).toHaveText(['4110', '4112', '4115', '4120', '4125', '4140', '4145', '4150'].map((n) => `Firepower ${n} (Smart)`));
    await search.fill('firepower 2');
    await expect(options).toHaveText(['2110', '2120', '2130', '2140'].map((n) => `Firepower ${n} (Smart)`));
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id')) ?? '');
    await search.press('ArrowUp');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const second = (await options.nth(1).textContent()) ?? '';
    await page.setViewportSize({ width: 390, height: 900 });
    await shotOf(page.locator('.model-picker'), 'unit-model-search-390');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await search.press('Enter');
    await expect(page.getByRole('listbox', { name: 'Matching models' })).toBeHidden();
    await expect(model.locator('option:checked')).toHaveText(second.replace(/\s+\(/, ' ('));
  });
});
