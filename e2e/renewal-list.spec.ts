// The one Renewals list: PAK key lapses, Secure Client terms and a Smart subscription in one list,
// soonest first, with order-by dates; filtered by kind; downloaded as an .ics and parsed back.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openEmpty, shot, shotOf } from './helpers';

const SC_LICENSES = [
  { id: 'plus-1', type: 'plus', users: 500, startDay: 0, termMonths: 12 },
  { id: 'apex-1', type: 'apex', users: 100, startDay: 0, termMonths: 36 },
];

/** A 5545-X from 1 Jan 2027: a 365-day Botnet key and a 200-day contexts key installed on the plan start; a 12-month Plus and a 36-month Apex term. */
const PAK_PLAN = {
  format: 'asa-license-plan/1',
  // A bell and an escape in the name: the calendar must not carry them (RFC 5545 §3.1).
  name: 'HQ\u0007 edge\u001b',
  startDate: '2027-01-01',
  horizonDays: 1095,
  deployment: {
    units: [
      {
        id: 'fw-a',
        model: 'asa-5545-x',
        software: '9.16',
        timeBased: [
          { id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 365, installDay: 0 },
          { id: 'ctx-1', features: { 'security-contexts': 10 }, days: 200, installDay: 0 },
        ],
      },
    ],
  },
  secureClient: { licenses: SC_LICENSES },
};

/** An ASAv100 (20 Gbps) registered on day 30 of a 3-year plan, and the same Plus term. */
const SMART_PLAN = {
  format: 'asa-license-plan/1',
  name: 'Cloud edge',
  startDate: '2027-01-01',
  horizonDays: 1095,
  deployment: { units: [{ id: 'v', model: 'asav', vcpus: 16, memoryGB: 32, smart: { method: 'regular', registeredDay: 30, entitlements: { standard: true, throughput: '20G' } } }] },
  secureClient: { licenses: [SC_LICENSES[0]] },
};

/** Serious and critical axe violations in the Renewals card and the Secure Client section's renewals. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="renewals"]')
    .include('[aria-label="Secure Client renewals table"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

async function importPlan(page: Page, plan: object): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  await expect(page.getByTestId('notice')).toContainText('Imported');
}

const rowIds = (page: Page) =>
  page
    .getByTestId('renewal-list')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));

interface CalendarEvent {
  start: string;
  alarmDate: string;
  summary: string;
}

/** The VEVENTs of an .ics: start date, summary and the date the VALARM's relative trigger falls on. */
function parseIcs(ics: string): CalendarEvent[] {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const out: CalendarEvent[] = [];
  let start = '';
  let summary = '';
  let trigger = '';
  for (const line of lines) {
    if (line.startsWith('DTSTART;VALUE=DATE:')) start = line.slice(19);
    else if (line.startsWith('SUMMARY:')) summary = line.slice(8);
    else if (line.startsWith('TRIGGER;RELATED=START:')) trigger = line.slice(22);
    else if (line === 'END:VEVENT') {
      const days = Number(/^-P(\d+)D$/.exec(trigger)?.[1]);
      const at = new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(4, 6)) - 1, Number(start.slice(6, 8)) - days));
      out.push({ start, summary, alarmDate: at.toISOString().slice(0, 10) });
      start = summary = trigger = '';
    }
  }
  return out;
}

async function downloadCalendar(page: Page, scope = page.getByTestId('renewals')): Promise<{ name: string; ics: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Download renewal calendar (.ics)' }).click()]);
  return { name: download.suggestedFilename(), ics: await readFile(await download.path(), 'utf8') };
}

test('one Renewals list: keys, Secure Client terms and a Smart subscription, sorted, filtered, as a calendar', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEmpty(page);
  await importPlan(page, PAK_PLAN);
  const card = page.getByTestId('renewals');
  await expect(card.getByRole('heading', { name: 'Renewals' })).toBeVisible();

  // Sorted by the day each runs out; the 365-day key and the 12-month term both run out on 1 Jan 2028.
  await expect.poll(() => rowIds(page)).toEqual(['time-based-key:security-contexts:200', 'time-based-key:botnet-traffic-filter:365', 'secure-client:plus-1:365', 'secure-client:apex-1:1096']);
  const botnet = card.locator('tr[data-feature="botnet-traffic-filter"]');
  await expect(botnet).toContainText('1 Jan 2028');
  await expect(botnet.locator('.order-by')).toHaveText('2 Dec 2027');
  await expect(botnet).toContainText('Time-based key');
  const plus = card.locator('tr[data-license="plus-1"]');
  await expect(plus).toContainText('Secure Client Plus term plus-1');
  await expect(plus).toContainText('last day 2027-12-31');
  await expect(plus).toContainText('L-AC-PLS-LIC=');
  await expect(plus.locator('.order-by')).toHaveText('2 Dec 2027');
  await expect(card.locator('tr[data-license="apex-1"] .order-by')).toHaveText('2 Dec 2029');
  await shotOf(card, 'renewal-list-01-card-1440');

  // The Secure Client section shows the same entries, filtered to Secure Client.
  const scRows = page.getByTestId('sc-renewals').locator('tbody tr');
  await expect(scRows).toHaveCount(2);
  await expect(scRows.nth(0)).toHaveAttribute('data-id', 'secure-client:plus-1:365');

  // Filter by kind.
  const filter = card.getByRole('combobox', { name: 'Show' });
  await expect(filter.locator('option')).toHaveText(['All kinds (4)', 'Time-based keys (2)', 'Smart licenses (0)', 'Secure Client (2)']);
  await filter.selectOption('secure-client');
  await expect.poll(() => rowIds(page)).toEqual(['secure-client:plus-1:365', 'secure-client:apex-1:1096']);
  await filter.selectOption('time-based-key');
  await expect.poll(() => rowIds(page)).toEqual(['time-based-key:security-contexts:200', 'time-based-key:botnet-traffic-filter:365']);
  await filter.selectOption('smart');
  await expect(card).toContainText('None of this kind.');
  await expect(card.getByRole('button', { name: 'Download renewal calendar (.ics)' })).toBeDisabled();
  await filter.selectOption('all');

  // The calendar: one VEVENT per entry on the day it runs out, a VALARM on its order-by date.
  const all = await downloadCalendar(page);
  expect(all.name).toBe('hq-edge.renewals.ics');
  expect(all.ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(all.ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  expect(all.ics).toContain('X-WR-CALNAME:HQ edge: renewals');
  expect(all.ics.match(/^BEGIN:VALARM\r$/gm)).toHaveLength(4);
  expect(parseIcs(all.ics).map((e) => [e.start, e.alarmDate])).toEqual([
    ['20270720', '2027-06-20'],
    ['20280101', '2027-12-02'],
    ['20280101', '2027-12-02'],
    ['20300101', '2029-12-02'],
  ]);
  await expect(card.getByRole('status')).toContainText('Saved hq-edge.renewals.ics: 4 calendar entries');

  // The filtered list downloads as shown.
  await filter.selectOption('secure-client');
  const sc = await downloadCalendar(page);
  expect(sc.name).toBe('hq-edge.secure-client-renewals.ics');
  expect(parseIcs(sc.ics).map((e) => e.summary)).toEqual(['Runs out: Secure Client Plus term plus-1', 'Runs out: Secure Client Apex term apex-1']);

  // The Secure Client section's calendar holds the same entries.
  const fromSection = await downloadCalendar(page, page.getByTestId('sc-results'));
  expect(fromSection.name).toBe('hq-edge.secure-client-renewals.ics');
  expect(parseIcs(fromSection.ics)).toEqual(parseIcs(sc.ics));
  await filter.selectOption('all');
  await shot(page, 'renewal-list-02-page-1440');
  expect(await seriousViolations(page)).toEqual([]);

  // A Smart plan: the ASAv100 subscription (3 years from registration on 31 Jan 2027) and the Plus term.
  await importPlan(page, SMART_PLAN);
  await expect.poll(() => rowIds(page)).toEqual(['secure-client:plus-1:365', 'smart-subscription:v:L-ASAV100S-3Y=']);
  const asav = card.locator('tr[data-kind="smart"]');
  await expect(asav).toContainText('ASAv100 subscription of v (L-ASAV100S-3Y=)');
  await expect(asav).toContainText('31 Jan 2030');
  await expect(asav.locator('.order-by')).toHaveText('1 Jan 2030');
  await filter.selectOption('smart');
  await expect.poll(() => rowIds(page)).toEqual(['smart-subscription:v:L-ASAV100S-3Y=']);
  const smart = await downloadCalendar(page);
  expect(smart.name).toBe('cloud-edge.smart-renewals.ics');
  expect(parseIcs(smart.ics).map((e) => [e.start, e.alarmDate])).toEqual([['20300131', '2030-01-01']]);
  await filter.selectOption('all');
  await shotOf(card, 'renewal-list-03-smart-1440');

  // Narrow screen: the list still reads (the table scrolls inside the card).
  await page.setViewportSize({ width: 390, height: 844 });
  await card.scrollIntoViewIfNeeded();
  await shotOf(card, 'renewal-list-04-card-390');
  expect(await seriousViolations(page)).toEqual([]);
});
