// Issue 20 items 2 and 5: the Issues panel says it as the user would (one entry per rule listing
// the units by their on-screen labels, values in the table's words, what to do, links that focus
// the field, notes folded with a count; fits a 390 px phone), and the key table and the event list
// tell one story about a failover pair's shared countdown.
import { expect, test, type Page } from '@playwright/test';
import { keyRow, openEmpty, seriousAxeViolations, setAsOf } from './helpers';

const SHOTS = process.env.SHOTS_DIR ?? '/work/shots/h3';

const plan = (name: string, mode: 'cluster' | 'failover', units: unknown[]) => ({
  format: 'asa-license-plan/1',
  name,
  startDate: '2027-01-04',
  horizonDays: 1095,
  deployment: { mode, contextMode: 'single', ...(mode === 'failover' ? { failover: 'active-standby' } : {}), units },
  events: [],
});
const smart = (id: string) => ({ id, model: 'fpr-4110', smart: { method: 'regular', registeredDay: 0, exportControlled: false, entitlements: { standard: true } } });
const pak = (id: string, features: Record<string, unknown>, timeBased: unknown[] = [], model = 'asa-5585-x-ssp-40') => ({
  id,
  model,
  software: '9.16',
  permanent: { tier: 'base', features },
  timeBased,
});

async function importPlan(page: Page, p: ReturnType<typeof plan>): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(p)) });
  await expect(page.getByTestId('notice')).toContainText(`Imported “${p.name}”`);
}

/** The issues panel at 1440 and 390 px; at 390 nothing runs off the side. */
async function panelShots(page: Page, name: string): Promise<void> {
  const panel = page.getByTestId('issues');
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe('issues in plain language', () => {
  test.setTimeout(180_000);
  test('a 3-unit Smart Firepower 4110 cluster: one entry per rule listing the units, notes folded with a count', async ({ page }) => {
    await openEmpty(page);
    await importPlan(page, plan('FP4110 cluster', 'cluster', [smart('fw-a'), smart('fw-b'), smart('fw-c')]));
    const issues = page.getByTestId('issues');
    const notes = issues.getByTestId('issue-notes');
    // 001 §"Strong Encryption: Firepower 4100/9300 Chassis", §"Device Registration and Tokens": one note each, per unit,
    // once; and the cluster's 30-day grace after a new control unit. (No Phone Proxy note: the 4110's own table has none.)
    await expect(notes).not.toHaveAttribute('open', '');
    await expect(notes.locator(':scope > summary')).toHaveText(/^Notes \(3\)/);
    await expect(notes.locator('li.issue')).toHaveCount(3);
    await expect(issues.locator('li.issue')).toHaveCount(3);
    const des = notes.locator('li[data-code="smart-encryption-des"]');
    await expect(des).toHaveAttribute('data-count', '3');
    await expect(issues.getByText('3 notes (7 issues, one entry per rule)')).toBeAttached();
    await expect(des.locator('.issue-where')).toHaveText('Token allows export-controlled functionality on fw-a, fw-b, fw-c');
    await expect(des.locator('.issue-where button')).toHaveText(['fw-a', 'fw-b', 'fw-c']);
    await expect(des.locator('.issue-where button').nth(1)).toHaveAttribute('aria-label', 'fw-b · Token allows export-controlled functionality');
    await expect(des).toContainText('Base (DES) only: neither an export-controlled token nor a Strong Encryption license');
    await expect(des).toContainText('What to do: If your Smart Account token allows export-controlled functionality, tick “Token allows export-controlled functionality” on fw-a, fw-b and fw-c');
    await expect(des).not.toContainText('fw-a: Base');
    // The code and paths stay for the command line, folded.
    const details = des.locator('details.issue-details');
    await expect(details).not.toHaveAttribute('open', '');
    await expect(details.locator('code')).toHaveText([
      'smart-encryption-des',
      'deployment.units[0].smart.exportControlled',
      'deployment.units[1].smart.exportControlled',
      'deployment.units[2].smart.exportControlled',
    ]);

    await notes.locator(':scope > summary').click();
    await panelShots(page, 'issues-smart-4110-cluster');
    // The link opens fw-b's tab and focuses the field it names.
    await des.getByRole('button', { name: 'fw-b · Token allows export-controlled functionality' }).click();
    await expect(page.getByRole('tab', { name: /fw-b/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('checkbox', { name: 'Token allows export-controlled functionality' })).toBeFocused();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('a 3-unit PAK cluster with two units on DES: one error listing fw-b and fw-c, values as the table shows them', async ({ page }) => {
    await openEmpty(page);
    // 000 §"ASA Cluster License Requirements and Exceptions": each unit must have the same encryption license.
    await importPlan(page, plan('5585 cluster', 'cluster', [pak('fw-a', { encryption: '3des-aes', clustering: 16 }), pak('fw-b', { encryption: 'des' }), pak('fw-c', { encryption: 'des' })]));
    const issues = page.getByTestId('issues');
    await expect(issues.locator('li.issue').first()).toHaveAttribute('data-code', 'units-need-same-encryption');
    const same = issues.locator('li[data-code="units-need-same-encryption"]');
    await expect(same).toHaveCount(1);
    await expect(same.locator('.badge')).toHaveText('Error');
    await expect(same.locator('.issue-where')).toHaveText('Encryption on fw-b, fw-c');
    await expect(same.locator('.issue-where').getByRole('button')).toHaveText(['fw-b', 'fw-c']);
    await expect(same.getByRole('button', { name: 'fw-b · Encryption' })).toBeVisible();
    await expect(same).toContainText('Encryption is Base (DES); on fw-a it is Strong (3DES/AES). Each unit must have the same encryption license.');
    await expect(same).toContainText('What to do: Set Encryption on fw-b and fw-c to the same value as on fw-a.');
    await expect(same.locator('.issue-body > p')).not.toContainText(['deployment.units']);
    const vpn = issues.locator('li[data-code="vpn-load-balancing-needs-strong-encryption"]');
    await expect(vpn.locator('.badge')).toHaveText('Warning');
    await expect(vpn).toContainText('The unit has VPN Load Balancing but no Strong Encryption (3DES/AES) license');
    await panelShots(page, 'issues-pak-cluster-mismatch');
    await same.getByRole('button', { name: 'fw-c · Encryption' }).click();
    await expect(page.getByRole('tab', { name: /fw-c/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-path="deployment.units[2].permanent.features.encryption"] select')).toBeFocused();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test('a failover pair’s shared countdown: the key table and the event list both say “waiting”, then both say it runs', async ({ page }) => {
  await openEmpty(page);
  // 000 §"How Failover or ASA Cluster Licenses Combine": 48 weeks of Botnet on each unit = 96 weeks; the primary counts down first.
  const btf = (id: string) => ({ id, features: { 'botnet-traffic-filter': true }, days: 336, installDay: 0, active: true, evaluation: false });
  await importPlan(page, plan('Botnet pair', 'failover', [pak('a', { encryption: '3des-aes' }, [btf('btf-a')], 'asa-5545-x'), pak('b', { encryption: '3des-aes' }, [btf('btf-b')], 'asa-5545-x')]));
  await setAsOf(page, '2027-01-14');
  await expect(keyRow(page, 'btf-a')).toContainText('active');
  await expect(keyRow(page, 'btf-a').locator('[data-timer]')).toHaveCount(0);
  await expect(keyRow(page, 'btf-b').locator('[data-timer="waiting"]')).toContainText('waiting');
  await expect(keyRow(page, 'btf-b')).not.toContainText('paused');
  await page.getByTestId('key-table').screenshot({ path: `${SHOTS}/key-table-waiting-1440.png` });
  const events = page.locator('.events-list');
  await events.locator('summary').click();
  const bOnDay0 = events.locator('tr[data-type="activated"]', { hasText: 'btf-b' });
  await expect(bOnDay0).toContainText('is active and waiting');
  await expect(bOnDay0).not.toContainText('timer starts');
  await expect(events.locator('tr[data-type="activated"]', { hasText: 'a / btf-a' })).toContainText('its timer starts');
  // Day 336 (2027-12-06): btf-a runs out and btf-b starts, in both views.
  const started = events.locator('tr[data-type="countdown-started"]');
  await expect(started).toContainText('btf-b');
  await expect(started).toContainText('6 Dec 2027');
  // The event's kind in words, not the engine's id.
  await expect(started.locator('td').nth(1)).toHaveText('Countdown starts');
  await setAsOf(page, '2027-12-06');
  await expect(keyRow(page, 'btf-b').locator('[data-timer]')).toHaveCount(0);
  await expect(keyRow(page, 'btf-b')).toContainText('336');
  await expect(keyRow(page, 'btf-a')).toContainText('expired');
});
