// One story per key: the key's timer state (KeyStatus.timer) and the event list say the same thing
// about a failover pair's shared countdown (000 §"How Failover or ASA Cluster Licenses Combine":
// "if you have 48 weeks left on the Botnet Traffic Filter license on two units, then the combined
// duration is 96 weeks"; the primary counts down first).
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import { key, pakUnit, plan } from '../test-support/plan-builders';

const W = 7;
const btf = { 'botnet-traffic-filter': true };
const enc = { encryption: '3des-aes' };
const pair = (events: unknown[] = []) =>
  plan({
    units: [pakUnit({ id: 'a', features: enc, keys: [key('btf-a', btf, 48 * W)] }), pakUnit({ id: 'b', features: enc, keys: [key('btf-b', btf, 48 * W)] })],
    events,
  });
const timerOf = (p: unknown, at: number, id: string) => evaluatePlan(p, { at }).keys.find((k) => k.key === id)?.timer;

describe('shared countdown: key state and events agree', () => {
  it('the secondary key is "waiting" in the key status and in its install-day event, then starts when the primary runs out', () => {
    const p = pair();
    const r = evaluatePlan(p, { at: 10 });
    expect(r.keys.map((k) => [k.key, k.state, k.timer, k.remainingDays])).toEqual([
      ['btf-a', 'active', 'counting', 48 * W - 10],
      ['btf-b', 'active', 'waiting', 48 * W],
    ]);
    const day0 = r.timeline.events.filter((e) => e.day === 0 && e.type === 'activated');
    expect(day0.find((e) => e.key === 'btf-a')?.message).toBe('Key "btf-a" is active; its timer starts');
    const b = day0.find((e) => e.key === 'btf-b')!;
    expect(b.message).toContain('waiting');
    expect(b.message).not.toContain('timer starts');
    expect(b.message).toContain(`a's key "btf-a"`);
    expect(b.cite).toBe('000 §"How Failover or ASA Cluster Licenses Combine"');
    // Day 336 (48 weeks): btf-a expires, btf-b starts counting; the event says so on that day.
    const started = r.timeline.events.find((e) => e.type === 'countdown-started');
    expect(started).toMatchObject({ day: 48 * W, unit: 'b', key: 'btf-b' });
    expect(timerOf(p, 48 * W - 1, 'btf-b')).toBe('waiting');
    expect(timerOf(p, 48 * W, 'btf-b')).toBe('counting');
    expect(timerOf(p, 48 * W, 'btf-a')).toBe('stopped');
    expect(evaluatePlan(p, { at: 96 * W }).running['botnet-traffic-filter']).toBe(false);
  });

  it('a primary powered off on 9.x hands the countdown over and takes it back: both changes are events', () => {
    // 000 §"How the Time-Based License Timer Works": on 9.x the timer counts only while the unit runs.
    const p = pair([{ day: 20, type: 'power-off', unit: 'a', days: 30 }]);
    expect(timerOf(p, 25, 'btf-a')).toBe('paused');
    expect(timerOf(p, 25, 'btf-b')).toBe('counting');
    expect(timerOf(p, 60, 'btf-b')).toBe('waiting');
    const story = evaluatePlan(p, { at: 0 }).timeline.events.filter((e) => e.key === 'btf-b' && e.type.startsWith('countdown-'));
    expect(story.map((e) => [e.day, e.type])).toEqual([
      [20, 'countdown-started'],
      [50, 'countdown-waiting'],
      // btf-a counted 20 days, paused 30, then its other 316: it runs out on day 366; btf-b used 30 of its 336.
      [366, 'countdown-started'],
    ]);
    expect(evaluatePlan(p, { at: 366 }).keys.find((k) => k.key === 'btf-b')).toMatchObject({ timer: 'counting', remainingDays: 306 });
  });

  it('a standalone key never waits', () => {
    const p = plan({ units: [pakUnit({ id: 'a', features: enc, keys: [key('btf-a', btf, 48 * W)] })] });
    expect(timerOf(p, 10, 'btf-a')).toBe('counting');
    expect(evaluatePlan(p, { at: 0 }).timeline.events.some((e) => e.type.startsWith('countdown-'))).toBe(false);
  });
});
