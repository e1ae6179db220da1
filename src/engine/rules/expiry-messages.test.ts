// Item by item, the expiry and renewal messages say what really happens.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan, standalone } from '../test-support/plan-builders';

const W = 7;
const enc = { encryption: '3des-aes' };

describe('a Botnet Traffic Filter expiry turns the feature off (000 §"How Permanent and Time-Based Licenses Combine")', () => {
  it('the 52-week key expires on day 364: Botnet is off and the event says there is no permanent Botnet license', () => {
    const r = evaluatePlan(standalone({ features: enc, keys: [key('btf', { 'botnet-traffic-filter': true }, 52 * W)] }), { at: 52 * W });
    expect(r.running['botnet-traffic-filter']).toBe(false);
    const e = r.timeline.events.find((x) => x.type === 'fallback-to-permanent');
    expect(e).toMatchObject({ day: 52 * W, feature: 'botnet-traffic-filter' });
    expect(e!.message).toContain('turns off (there is no permanent Botnet Traffic Filter license)');
    expect(e!.message).not.toContain('permanent license value returns');
  });
  it('an AnyConnect key falls back to the 500-session permanent license, and says so', () => {
    const r = evaluatePlan(standalone({ features: { 'anyconnect-peers': 500 }, keys: [key('ac', { 'anyconnect-peers': 2500 }, 28)] }), { at: 28 });
    expect(r.running['anyconnect-peers']).toBe(500);
    expect(r.timeline.events.find((x) => x.type === 'fallback-to-permanent')?.message).toContain('the permanent license value returns');
  });
});

describe('a fallback after lost failover communication is not a renewal (000 §"Loss of Communication Between Failover or ASA Cluster Units")', () => {
  // 20 + 10 contexts combine to 30; a 100-day UC key on the primary runs out on day 100, the day the
  // 30-day grace of a 42-day link-down (from day 70) ends and each unit reverts to its own license.
  const p = plan({
    contextMode: 'multiple',
    units: [
      pakUnit({ id: 'a', features: { ...enc, 'security-contexts': 20 }, keys: [key('uc-a', { 'uc-proxy-sessions': 500 }, 100)] }),
      pakUnit({ id: 'b', features: { ...enc, 'security-contexts': 10 } }),
    ],
    events: [{ day: 70, type: 'link-down', days: 42 }],
  });
  it('contexts drop from 30 to 20 on day 100 (the reversion), but no renewal is ordered for them; the UC key lapse is', () => {
    const r = evaluatePlan(p, { at: 100 });
    expect(r.running['security-contexts']).toBe(20);
    const renewals = r.issues.filter((i) => i.code === 'renewal-needed');
    expect(renewals.map((i) => i.feature)).toEqual(['uc-proxy-sessions']);
    expect(r.timeline.events.filter((e) => e.type === 'renewal-due').map((e) => e.feature)).toEqual(['uc-proxy-sessions']);
    expect(r.issues.some((i) => i.code === 'link-down-reverted')).toBe(true);
  });
});

describe('an evaluation key expiry does not advise stacking a paid key onto it (000 §"Stacking Time-Based Licenses")', () => {
  it('a 60-day evaluation Botnet key: order a paid key and install and activate it; a paid key: stack the renewal', () => {
    const evaluation = evaluatePlan(standalone({ features: enc, keys: [key('eval', { 'botnet-traffic-filter': true }, 60, { evaluation: true })] }));
    const m = evaluation.issues.find((i) => i.code === 'renewal-needed')!.message;
    expect(m).toContain('order a paid key by 2027-02-03');
    expect(m).toContain('a paid key does not stack onto an evaluation key');
    expect(m).not.toContain('stack it before then');
    const paid = evaluatePlan(standalone({ features: enc, keys: [key('paid', { 'botnet-traffic-filter': true }, 60)] }));
    expect(paid.issues.find((i) => i.code === 'renewal-needed')!.message).toContain('order the renewal by 2027-02-03 (30-day lead time) and stack it before then');
  });
});
