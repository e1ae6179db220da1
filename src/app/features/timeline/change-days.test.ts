import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../engine/index';
import { applyStep, changeDays, stepChange, stepForKey } from './change-days';

const plan = {
  format: 'asa-license-plan/1',
  name: 't',
  startDate: '2027-01-01',
  horizonDays: 400,
  deployment: {
    mode: 'standalone',
    contextMode: 'single',
    units: [
      {
        id: 'fw',
        model: 'asa-5545-x',
        software: '9.16',
        permanent: { tier: 'base', features: {} },
        timeBased: [{ id: 'btf', features: { 'botnet-traffic-filter': true }, days: 100, installDay: 0, active: true, evaluation: false }],
      },
    ],
  },
  events: [{ day: 20, type: 'power-off', unit: 'fw', days: 14 }],
};

describe('change days of the as-of bar', () => {
  it('a 100-day key paused 14 days by a power-off from day 20: changes on days 0, 20, 34 and its expiry on day 114', () => {
    const r = evaluatePlan(plan);
    const days = changeDays(r.timeline.events, r.timeline.segments, 400);
    expect(days).toContain(0);
    expect(days).toContain(20);
    expect(days).toContain(34);
    expect(days).toContain(114); // 000 §"How the Time-Based License Timer Works": 9.x pauses while off, so 100 + 14
    expect(stepChange(days, 20, 1)).toBe(34);
    expect(stepChange(days, 34, -1)).toBe(20);
    expect(stepChange(days, 21, -1)).toBe(20);
    expect(stepChange(days, days.at(-1)!, 1)).toBeUndefined();
  });

  it('keys: arrows by day, Shift+arrows and Page keys by week, Ctrl+arrows and [ ] by change day', () => {
    const k = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
      stepForKey({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(k('ArrowRight')).toEqual({ kind: 'day', by: 1 });
    expect(k('ArrowLeft', { shiftKey: true })).toEqual({ kind: 'week', by: -7 });
    expect(k('PageDown')).toEqual({ kind: 'week', by: 7 });
    expect(k('ArrowRight', { ctrlKey: true })).toEqual({ kind: 'change', direction: 1 });
    expect(k('[')).toEqual({ kind: 'change', direction: -1 });
    expect(k('ArrowRight', { altKey: true })).toBeUndefined();
    expect(k('a')).toBeUndefined();
    expect(applyStep({ kind: 'week', by: -7 }, 3, 400, [])).toBe(0);
    expect(applyStep({ kind: 'day', by: 1 }, 400, 400, [])).toBe(400);
    expect(applyStep({ kind: 'change', direction: 1 }, 20, 400, [0, 20, 34])).toBe(34);
    expect(applyStep({ kind: 'change', direction: 1 }, 34, 400, [0, 20, 34])).toBe(34);
  });
});
