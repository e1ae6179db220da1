import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, standalone } from '../test-support/plan-builders';

describe('renewal warnings (000 §"Stacking Time-Based Licenses")', () => {
  const enc = { encryption: '3des-aes' };
  it('a time-based-only Botnet license that lapses is a warning with an order-by date (30-day lead by default)', () => {
    const r = evaluatePlan(standalone({ model: 'asa-5525-x', features: enc, keys: [key('btf', { 'botnet-traffic-filter': true }, 364)] }));
    expect(r.renewals).toEqual([{ feature: 'botnet-traffic-filter', day: 364, from: true, to: false, keys: ['fw/btf'], timeBasedOnly: true, orderByDay: 334 }]);
    const warning = r.issues.find((i) => i.code === 'renewal-needed');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('order the renewal by 2027-12-04');
    expect(r.timeline.events.find((e) => e.type === 'renewal-due')).toMatchObject({ day: 334, date: '2027-12-04' });
  });

  it('the lead time comes from the plan; a stacked renewal leaves no lapse inside the stack', () => {
    const p = {
      ...standalone({ model: 'asa-5525-x', features: enc, keys: [key('b1', { 'botnet-traffic-filter': true }, 364), key('b2', { 'botnet-traffic-filter': true }, 364, { installDay: 300 })] }),
      purchaseLeadDays: 60,
    };
    expect(evaluatePlan(p).renewals.map((l) => [l.day, l.orderByDay])).toEqual([[728, 668]]);
  });

  it('a numeric drop (2500 → 1000 AnyConnect peers) is an info', () => {
    const r = evaluatePlan(standalone({ features: { 'anyconnect-peers': 1000 }, keys: [key('ac', { 'anyconnect-peers': 2500 }, 90)] }));
    expect(r.renewals[0]).toMatchObject({ feature: 'anyconnect-peers', from: 2500, to: 1000, timeBasedOnly: false });
    expect(r.issues.find((i) => i.code === 'renewal-needed')?.severity).toBe('info');
  });
});
