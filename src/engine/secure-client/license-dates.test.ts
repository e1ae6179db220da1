// 002/003: term lengths, start dates, the day after shipping, the 60-day rule, the 4-week evaluation.
import { describe, expect, it } from 'vitest';
import { EVALUATION_DAYS, licenseWindows } from './license-dates';
import { scPlan } from '../test-support/secure-client-fixtures';

const codes = (issues: { code: string }[]): string[] => issues.map((i) => i.code);

describe('term windows (002/003 §"What are the available authorized (user) counts …?")', () => {
  it.each([
    // [termMonths, endDay from 2027-01-01, lastDate]
    [12, 365, '2027-12-31'],
    [36, 1096, '2029-12-31'],
    [60, 1826, '2031-12-31'],
    [30, 912, '2029-06-30'], // the FAQ's banding example: 873 users for 30 months
  ])('a %i-month term from day 0 ends (exclusive) on day %i, last day %s', (termMonths, endDay, lastDate) => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'plus-1', type: 'plus', users: 873, startDay: 0, termMonths }] }));
    expect(windows[0]).toMatchObject({ startDay: 0, endDay, lastDate, termMonths, kind: 'term', sku: 'L-AC-PLS-LIC=' });
    expect(issues).toEqual([]);
  });

  it('month lengths come from the calendar: 31 January + 1 month ends after 28 February', () => {
    const { windows } = licenseWindows(scPlan({ startDate: '2027-01-31', licenses: [{ id: 'p', type: 'plus', users: 10, termMonths: 1 }] }));
    expect(windows[0]).toMatchObject({ endDay: 28, lastDate: '2027-02-27' });
  });

  it('the term starts the day after shipping: shipped 25 October 2014, service starts 26 October 2014', () => {
    const { windows } = licenseWindows(scPlan({ startDate: '2014-10-01', licenses: [{ id: 'p', type: 'plus', users: 26, shipDay: 24, termMonths: 12 }] }));
    expect(windows[0]).toMatchObject({ startDay: 25, startDate: '2014-10-26', startBasis: 'day-after-ship', endDay: 25 + 365 });
  });

  it('a start before the day after shipping moves to it, with a warning', () => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'p', type: 'apex', users: 5, shipDay: 10, startDay: 5, termMonths: 12 }] }));
    expect(windows[0]?.startDay).toBe(11);
    expect(codes(issues)).toEqual(['start-before-ship']);
  });

  it.each([
    [60, []],
    [61, ['start-too-far-ahead']],
  ])('a banding term chosen to start %i days after the order: %j', (startDay, expected) => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'p', type: 'plus', users: 100, orderDay: 0, startDay, termMonths: 12 }] }));
    expect(windows[0]?.startDay).toBe(startDay);
    expect(codes(issues)).toEqual(expected);
  });

  it('a chosen start after shipping counts from the shipping day when no order day is given', () => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'p', type: 'plus', users: 100, shipDay: 0, startDay: 70, termMonths: 12 }] }));
    expect(windows[0]).toMatchObject({ startDay: 70, startBasis: 'chosen-start' });
    expect(codes(issues)).toEqual(['start-too-far-ahead']);
  });

  it('a term license without termMonths is an error that asks for the Term, and no length is assumed', () => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'p', type: 'plus', users: 1 }] }));
    expect(codes(issues)).toEqual(['term-months-missing']);
    expect(issues[0]).toMatchObject({ severity: 'error', path: 'secureClient.licenses[0].termMonths' });
    expect(issues[0]?.message).toMatch(/^Secure Client license "p" \(Plus term\): Term is not set\./);
    // Not a silent 12 months: the license has no end day.
    expect(windows[0]).toMatchObject({ termMonths: null, endDay: null });
  });

  it.each([
    [36, 'L-AC-PLS-3YR-G', ['banding-sku-preferred']],
    [30, 'L-AC-PLS-xYR-G', ['block-term-length', 'banding-sku-preferred']],
  ])('block SKUs come in 1, 3 or 5 years: %i months → %s %j', (termMonths, sku, expected) => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'p', type: 'plus', users: 1, termMonths, ordering: 'block' }] }));
    expect(windows[0]?.sku).toBe(sku);
    expect(codes(issues)).toEqual(expected);
  });
});

describe('perpetual and evaluation licenses', () => {
  it('Plus Perpetual and VPN Only never end; a term given to them is ignored with a warning', () => {
    const { windows, issues } = licenseWindows(
      scPlan({
        licenses: [
          { id: 'perp', type: 'plus-perpetual', users: 100 },
          { id: 'vpno', type: 'vpn-only', sessions: 500, unit: 'fw-a', termMonths: 12 },
        ],
      }),
    );
    expect(windows.map((w) => [w.kind, w.endDay, w.sku])).toEqual([
      ['perpetual', null, 'L-AC-PLS-P-G'],
      ['perpetual', null, 'L-AC-VPNO-500='],
    ]);
    expect(codes(issues)).toEqual(['perpetual-term-ignored']);
  });

  it.each([
    [undefined, EVALUATION_DAYS, []],
    [1, 31, []], // the "one-month temporary ASA license" reading: January has 31 days
    [3, EVALUATION_DAYS, ['evaluation-length']],
  ])('the Apex evaluation with termMonths %s lasts %i days', (termMonths, days, expected) => {
    const { windows, issues } = licenseWindows(scPlan({ licenses: [{ id: 'eval', type: 'apex-evaluation', startDay: 0, ...(termMonths !== undefined ? { termMonths } : {}) }] }));
    expect(windows[0]).toMatchObject({ kind: 'evaluation', endDay: days, sku: null });
    expect(codes(issues)).toEqual(expected);
  });

  it('duplicate license ids are an error', () => {
    const { issues } = licenseWindows(
      scPlan({
        licenses: [
          { id: 'x', type: 'plus-perpetual', users: 1 },
          { id: 'x', type: 'plus-perpetual', users: 2 },
        ],
      }),
    );
    expect(issues[0]).toMatchObject({ code: 'duplicate-license-id', path: 'secureClient.licenses[1].id' });
  });
});
