import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../src/app/persistence/csv';
import { addBotnetKey, buildFailoverPair, field, openEmpty, renamePlan, setAsOf, shot } from './helpers';

const HOSTILE = '=HYPERLINK("http://evil.test","open me")';

test('the CSV export holds the rows, order, columns and marks shown, with formulas neutralised', async ({ page, context }) => {
  await openEmpty(page);
  await buildFailoverPair(page);
  await renamePlan(page, HOSTILE);
  await field(page, 'deployment.units[0].permanent.features.security-contexts', 'select').selectOption('50');
  await addBotnetKey(page);
  await setAsOf(page, '2027-03-15');

  // Filter and sort as a user would: the peer counts, feature names descending.
  await page.getByTestId('license-filter').fill('peers');
  await page.getByRole('button', { name: 'Feature', exact: true }).click();
  await page.getByRole('button', { name: 'Feature', exact: true }).click();
  await expect(page.getByTestId('license-table').getByRole('columnheader', { name: 'Feature', exact: true })).toHaveAttribute('aria-sort', 'descending');
  const rows = page.locator('[data-testid="license-table"] tbody tr');
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cell = (c: string) => tr.querySelector(`td[data-column="${c}"]`);
      const combined = cell('combined');
      const cap = combined?.querySelector('.cap-mark')?.textContent ?? '';
      return {
        feature: cell('feature')?.textContent ?? '',
        combined: (combined?.textContent ?? '').replace(cap, ''),
        cap,
        a: cell('unit:fw-a')?.textContent ?? '',
        b: cell('unit:fw-b')?.textContent ?? '',
      };
    }),
  );
  expect(shown.length).toBeGreaterThan(1);
  expect(shown.length).toBeLessThan(16);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).first().click()]);
  expect(download.suggestedFilename()).toBe('hyperlink-http-evil-test-open-me-running-license-2027-03-15.csv');
  const raw = await readFile(await download.path(), 'utf8');
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const text = raw.slice(1);
  // The formula is neutralised (a leading apostrophe) inside a properly quoted cell.
  expect(text.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.test"",""open me""\)",2027-03-15,/);
  const [header, ...data] = parseCsv(text);
  expect(header).toEqual(['Plan', 'As of', 'Feature', 'Combined', 'fw-a', 'fw-b', 'Source', 'Rule', 'Capped', 'Citation']);
  expect(data.map((r) => r[0])).toEqual(shown.map(() => `'${HOSTILE}`));
  expect(data.map((r) => ({ feature: r[2], combined: r[3], cap: r[8], a: r[4], b: r[5] }))).toEqual(shown);
  for (const r of data) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  await shot(page, '30-csv-table-filtered');

  // Look at the file as a table, to check it by eye.
  const viewer = await context.newPage();
  await viewer.setContent('<table border="1" cellpadding="4" style="font: 12px sans-serif; border-collapse: collapse"></table>');
  await viewer.evaluate(
    (rows) => {
      const table = document.querySelector('table')!;
      for (const r of rows) {
        const tr = table.insertRow();
        for (const c of r) tr.insertCell().textContent = c;
      }
    },
    [header!, ...data],
  );
  await shot(viewer, '31-csv-file');
  await viewer.close();

  // Without the filter, every feature is exported, in the table's order.
  await page.getByTestId('license-filter').fill('');
  const all = await rows.count();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).first().click()]);
  const everything = parseCsv((await readFile(await again.path(), 'utf8')).slice(1));
  expect(everything).toHaveLength(all + 1);
  expect(everything.slice(1).map((r) => r[2])).toEqual(await rows.locator('td[data-column="feature"]').allTextContents());
  const contexts = everything.find((r) => r[2] === 'Security Contexts');
  expect(contexts?.slice(3, 10)).toEqual([
    '50',
    '50',
    '10',
    'combined · fw-a + fw-b',
    expect.stringContaining('= 60'),
    'capped at limit 50 (from 60)',
    expect.stringContaining('How Failover or ASA Cluster Licenses Combine'),
  ]);
});
