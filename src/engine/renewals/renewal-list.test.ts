// The one renewal list, built from real plans: PAK time-based keys, Secure Client terms, Smart
// subscriptions and evaluation periods, each with its order-by date.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import type { Plan } from '../plan/schema';
import { renewalList, renewalsOfKind } from './renewal-list';
import { pakWithSecureClient, smartPlan } from './test-plans';

const list = (plan: Plan) => renewalList(plan, evaluatePlan(plan));

describe('renewalList', () => {
  it('lists key lapses and Secure Client terms in one list, soonest first, with order-by dates 30 days ahead', () => {
    const rows = list(pakWithSecureClient()).map((e) => [e.kind, e.id, e.date, e.orderByDate]);
    expect(rows).toEqual([
      // 200-day contexts key from 1 Jan 2027: 12 → 2 contexts on 20 Jul 2027 (000 §"Time-Based License Expiration").
      ['time-based-key', 'time-based-key:security-contexts:200', '2027-07-20', '2027-06-20'],
      // A 365-day key installed on the plan start runs out on day 365 = 1 Jan 2028; order by 2 Dec 2027.
      ['time-based-key', 'time-based-key:botnet-traffic-filter:365', '2028-01-01', '2027-12-02'],
      // A 12-month Plus term from 1 Jan 2027: last day 31 Dec 2027, so the same first day without it.
      ['secure-client', 'secure-client:plus-1:365', '2028-01-01', '2027-12-02'],
      // 36 months: 1 Jan 2030 (2028 is a leap year: day 1096).
      ['secure-client', 'secure-client:apex-1:1096', '2030-01-01', '2029-12-02'],
    ]);
  });

  it('says what runs out, what it changes and what to order', () => {
    const [ctx, btf, plus] = list(pakWithSecureClient());
    expect(btf).toMatchObject({
      what: 'Botnet Traffic Filter (fw-a/btf-1)',
      detail: 'Enabled → Disabled: it switches off (no permanent license has it)',
      severity: 'warning',
      refs: ['fw-a/btf-1'],
      feature: 'botnet-traffic-filter',
    });
    // The 2 contexts of the 5545-X base license plus the key's 10 (000 §"How Permanent and Time-Based Licenses Combine" adds them).
    expect(ctx).toMatchObject({ detail: '12 → 2', severity: 'info' });
    expect(plus).toMatchObject({ what: 'Secure Client Plus term plus-1', renewedBy: null, refs: ['plus-1'] });
    expect(plus?.detail).toContain('last day 2027-12-31');
    expect(plus?.order).toContain('L-AC-PLS-LIC= for 500 users');
  });

  it('follows the plan’s purchase lead time', () => {
    const rows = list(pakWithSecureClient({ purchaseLeadDays: 60 }));
    expect(rows.map((e) => e.orderByDate)).toEqual(['2027-05-21', '2027-11-02', '2027-11-02', '2029-11-02']);
  });

  it('filters by kind', () => {
    const all = list(pakWithSecureClient());
    expect(renewalsOfKind(all, 'secure-client').map((e) => e.refs[0])).toEqual(['plus-1', 'apex-1']);
    expect(renewalsOfKind(all, 'time-based-key')).toHaveLength(2);
    expect(renewalsOfKind(all, 'smart')).toEqual([]);
    expect(renewalsOfKind(all, 'all')).toEqual(all);
  });

  it('lists an ASAv100 subscription from its registration day for the term the bill of materials chose', () => {
    // 001 §"ASA Virtual PIDs": 1, 3 or 5 years; a 1095-day plan takes the 3-year L-ASAV100S-3Y=.
    // Registered 31 Jan 2027 (day 30): 36 months later is 31 Jan 2030 (day 1126); order by 1 Jan 2030.
    expect(list(smartPlan())).toEqual([
      expect.objectContaining({ kind: 'smart', id: 'smart-subscription:v:L-ASAV100S-3Y=', day: 1126, date: '2030-01-31', orderByDay: 1096, orderByDate: '2030-01-01', refs: ['v'] }),
    ]);
  });

  it('lists the end of an evaluation period that comes before registration', () => {
    // 001 §"Evaluation License": 90 days of use from 1 Jan 2027: out of compliance on 1 Apr 2027.
    expect(list(smartPlan('unregistered'))).toEqual([expect.objectContaining({ kind: 'smart', id: 'smart-evaluation:v:90', date: '2027-04-01', orderByDate: '2027-03-02', severity: 'warning' })]);
  });

  it('keeps one entry per id when two parts of the engine list the same thing', () => {
    const plan = pakWithSecureClient();
    const result = evaluatePlan(plan);
    const twice = { ...result, renewals: [...result.renewals, ...result.renewals] };
    expect(renewalList(plan, twice)).toHaveLength(4);
  });

  it('leaves out key lapses past the horizon but keeps terms that end after it', () => {
    const plan = { ...pakWithSecureClient(), horizonDays: 300 };
    expect(list(plan).map((e) => e.id)).toEqual(['time-based-key:security-contexts:200', 'secure-client:plus-1:365', 'secure-client:apex-1:1096']);
  });

  it('lists no renewal for a Secure Client term without a Term: the file is read, an error asks for it', () => {
    const plan = pakWithSecureClient();
    const noTerm = { ...plan, secureClient: { licenses: [{ ...plan.secureClient!.licenses[0]!, termMonths: undefined }] } } as Plan;
    const result = evaluatePlan(noTerm);
    expect(result.valid).toBe(false);
    expect(result.issues.find((i) => i.code === 'term-months-missing')?.message).toContain('Term is not set');
    expect(renewalsOfKind(renewalList(noTerm, result), 'secure-client')).toEqual([]);
  });
});
