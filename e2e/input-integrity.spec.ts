// Issue 20 (1): what the user typed stays in the field; an out-of-range or malformed value is
// marked invalid in place with the allowed range and the rule, is not applied, and the Issues
// panel says so. The plan keeps the value it had before the edit: never a silent clamp or prefix.
import { expect, test } from '@playwright/test';
import { field, licenseCell, openEmpty, shot } from './helpers';

const ACP = 'deployment.units[0].permanent.features.anyconnect-peers';

test('2500 AnyConnect Premium peers on an ASA 5525-X (maximum 750, 000 §"ASA 5525-X") is kept as typed, marked, and not applied', async ({ page }) => {
  await openEmpty(page);
  await page.getByLabel('Find model').fill('5525');
  await field(page, 'deployment.units[0].model', 'select').selectOption('asa-5525-x');
  const before = (await licenseCell(page, 'anyconnect-peers', 'combined').textContent())?.trim();
  const input = field(page, ACP, 'input');
  await input.fill('2500');
  await input.blur();
  await expect(input).toHaveValue('2500');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const inPlace = page.locator(`[data-path="${ACP}"]`).getByTestId('field-not-applied');
  await expect(inPlace).toContainText('2,500 is over the maximum of 750');
  await expect(inPlace).toContainText('from 0 to 750');
  await expect(inPlace).toContainText('Not applied');
  // The plan keeps what it had: the running license is unchanged, never 250.
  await expect(licenseCell(page, 'anyconnect-peers', 'combined')).toHaveText(before ?? '');
  const listed = page.getByTestId('unapplied-inputs');
  await expect(listed).toContainText('fw-a · AnyConnect Premium');
  await expect(listed).toContainText('you typed “2500”');
  await shot(page, 'input-integrity-2500');
  // A valid value is applied as typed, and the marks go.
  await input.fill('500');
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  await expect(listed).toHaveCount(0);
  await expect(licenseCell(page, 'anyconnect-peers', 'combined')).toHaveText('500');
  await input.blur();
  // Going over again keeps 500 (the value before this edit), and Escape puts it back in the field.
  await input.fill('751');
  await expect(page.getByTestId('unapplied-inputs')).toContainText('the plan keeps 500');
  await expect(licenseCell(page, 'anyconnect-peers', 'combined')).toHaveText('500');
  await input.press('Escape');
  await expect(input).toHaveValue('500');
  await expect(page.getByTestId('unapplied-inputs')).toHaveCount(0);
});

test('lead time over 365 days, an empty horizon and a fractional day are refused in place, never clamped', async ({ page }) => {
  await openEmpty(page);
  const lead = page.getByTestId('lead-days');
  await lead.fill('400');
  await lead.blur();
  await expect(lead).toHaveValue('400');
  await expect(lead).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('unapplied-inputs')).toContainText('Purchase lead time (days)');
  await expect(page.getByTestId('unapplied-inputs')).toContainText('the plan keeps 30');
  await lead.fill('45');
  await expect(lead).not.toHaveAttribute('aria-invalid', 'true');

  const horizon = field(page, 'horizonDays', 'input');
  const had = await horizon.inputValue();
  await horizon.fill('');
  await horizon.blur();
  await expect(horizon).toHaveValue('');
  await expect(page.getByTestId('unapplied-inputs')).toContainText('A value is required');
  await expect(page.getByTestId('unapplied-inputs')).toContainText(`the plan keeps ${Number(had).toLocaleString('en-US')}`);
  await horizon.fill('12.5');
  await expect(page.getByTestId('unapplied-inputs')).toContainText('12.5 is not a whole number');
  await horizon.fill(had);
  await expect(page.getByTestId('unapplied-inputs')).toHaveCount(0);
});
