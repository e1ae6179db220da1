// The printed report as a document (issue 21 item 5): Chromium prints the reference plan's report
// to PDF (page.pdf), poppler-utils (scripts/ensure-poppler.sh) splits it into page images and text,
// and the test reads what each page holds: the summary and the bill of materials on page one, the
// twelve running-license rows together on page two (they filled three pages when the Rule column
// was squeezed), the view's as-of date carried over, and the page count.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations } from './helpers';
import { openReferencePlan } from './reference-plan';

/** The reference plan's report on A4 (@page in styles/print.css). */
const REFERENCE_PAGES = 5;
const FEATURES = [
  'Firewall Conns, Concurrent',
  'VLANs, Maximum',
  'Botnet Traffic Filter',
  'Carrier',
  'Total UC Proxy Sessions',
  'AnyConnect Premium Peers',
  'Other VPN Peers',
  'Total VPN Peers, combined all types',
  'Encryption',
  'Failover',
  'Security Contexts',
  'Clustering',
];

function requirePoppler(): void {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftoppm is missing: run `bash scripts/ensure-poppler.sh` (installs poppler-utils), as `npm run test:e2e` does');
  }
}

/** The report printed to PDF, its pages as PNG files and as text (one string per page, blanks collapsed). */
async function printReport(page: Page, dir: string, name: string): Promise<{ pngs: string[]; text: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(dir, name)]);
  const pngs = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
  const text = pngs.map((_, i) => execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
  return { pngs, text };
}

test.beforeAll(requirePoppler);

test('the reference plan’s report prints as a 5-page document: summary and bill of materials first, the running license on one page', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // two prints to PDF and an axe pass, on a shared machine
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReferencePlan(page);
  // The view's as-of day (8 Feb 2028, from the share link) goes with the reader to the report.
  await page.getByRole('link', { name: 'Print report' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByTestId('report-as-of')).toHaveText('As of 8 Feb 2028 (day 400 of 1095)');
  await expect(report.getByRole('heading', { name: 'Running license on 8 Feb 2028' })).toBeVisible();
  // The summary: the deployment, the next order-by date (the Secure Client term's renewal, 30 days
  // before it runs out), the issues as the report lists them, the headline figures.
  const cover = report.getByTestId('report-cover');
  await expect(cover).toContainText('Failover pair (Active/Standby) of 2 × Firepower 2130, multiple context mode');
  await expect(report.getByTestId('report-next-order')).toContainText('5 Dec 2028, for Secure Client Plus term plus-1, which runs out on 4 Jan 2029. Order: L-AC-PLS-LIC=');
  await expect(cover).toContainText('The plan works as drawn: 2 warnings, 4 notes');
  await expect(report.getByTestId('report-figures').locator('dd')).toHaveText(['2,000,000', '7,500', '7,500', '14', 'Strong (3DES/AES)']);
  await expect(report.getByTestId('report-issues').locator('h4')).toHaveText(['Warnings (2)', 'Notes (4)']);
  expect(await seriousAxeViolations(page)).toEqual([]);

  const dir = testInfo.outputPath('pdf');
  mkdirSync(dir, { recursive: true });
  const { pngs, text } = await printReport(page, dir, 'report-light');
  expect(pngs).toHaveLength(REFERENCE_PAGES);
  // Page one: the summary and the bill of materials (all four lines: Smart PIDs and the Secure Client term).
  expect(text[0]).toContain('License report: Branch FPR 2130 pair');
  expect(text[0]).toContain('As of 8 Feb 2028');
  expect(text[0]).toContain('Next order by 5 Dec 2028');
  expect(text[0]).toContain('Bill of materials');
  for (const pid of ['L-FPR2100-ASA=', 'L-FPR2K-ENC-K9=', 'L-FPR2K-ASASC-10=', 'L-AC-PLS-LIC=']) expect(text[0]).toContain(pid);
  expect(text[0]).not.toContain('Running license on 8 Feb 2028 Feature');
  // Page two: the running license, its twelve rows together.
  expect(text[1]).toContain('Running license on 8 Feb 2028');
  for (const f of FEATURES) expect(text[1], f).toContain(f);
  // The timeline's chart is never cut by a page break: its figure sits on one page.
  const withChart = text.findIndex((t) => t.includes('the running value over time'));
  expect(withChart).toBeGreaterThan(1);

  // On paper the Rule column has a readable measure: over a third of the table, a few lines a row.
  const widths = await page.evaluate(() => {
    const table = document.querySelector<HTMLTableElement>('[data-testid="report-license"]')!;
    const rule = table.querySelector<HTMLElement>('tr[data-feature="firewall-conns"] td[data-column="rule"]')!;
    return { table: table.getBoundingClientRect().width, rule: rule.getBoundingClientRect().width, ruleLines: rule.getBoundingClientRect().height / parseFloat(getComputedStyle(rule).lineHeight) };
  });
  expect(widths.rule / widths.table).toBeGreaterThan(0.33);
  expect(widths.ruleLines).toBeLessThan(7);

  // The dark theme prints the same light pages.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const dark = await printReport(page, dir, 'report-dark');
  expect(dark.pngs).toHaveLength(REFERENCE_PAGES);
  expect(dark.text).toEqual(text);
  mkdirSync('e2e/screenshots', { recursive: true });
  for (const f of [...pngs, ...dark.pngs]) copyFileSync(f, join('e2e/screenshots', f.slice(dir.length + 1)));
});

test('a report opened in a new tab is as of the day the plan page shows', async ({ page, context }) => {
  await openReferencePlan(page);
  await page.getByTestId('as-of-date').fill('2028-06-01');
  await expect(page.getByTestId('as-of-date')).toHaveValue('2028-06-01');
  const tab = await context.newPage();
  await tab.goto('/?view=report');
  await expect(tab.getByTestId('report-as-of')).toHaveText('As of 1 Jun 2028 (day 514 of 1095)');
  await expect(tab.getByRole('heading', { name: 'Running license on 1 Jun 2028' })).toBeVisible();
});
