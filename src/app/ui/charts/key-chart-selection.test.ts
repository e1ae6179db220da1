import { describe, expect, it } from 'vitest';
import type { KeyStatus } from '../../../engine/index';
import { ALL_UNITS, eventsForChoice, keyChartSelection, lapsesForChoice, MAX_CHARTED_KEYS } from './key-chart-selection';
import type { Lapse } from '../display/renewals';

const key = (unit: string, id: string): KeyStatus => ({
  unit,
  key: id,
  state: 'active',
  remainingDays: 10,
  installDay: 0,
  installed: true,
  counting: true,
  timer: 'counting',
  features: {},
  evaluation: false,
});
const keysOf = (unit: string, n: number) => Array.from({ length: n }, (_, i) => key(unit, `k${i}`));

describe('which keys the countdown chart draws', () => {
  it('draws every key of a small plan', () => {
    const s = keyChartSelection([...keysOf('fw-a', 2), ...keysOf('fw-b', 1)], ['fw-a', 'fw-b'], undefined, 'fw-b');
    expect(s.choice).toBe(ALL_UNITS);
    expect(s.keys).toHaveLength(3);
    expect(s.allowAll).toBe(true);
  });

  it('draws the editor’s unit of a big cluster, and a unit picked for the chart over it', () => {
    const keys = Array.from({ length: 16 }, (_, u) => keysOf(`u${u}`, 24)).flat();
    const units = Array.from({ length: 16 }, (_, u) => `u${u}`);
    const byEditor = keyChartSelection(keys, units, undefined, 'u3');
    expect(byEditor).toMatchObject({ choice: 'u3', total: 384, chosenCount: 24, allowAll: false });
    expect(byEditor.keys.every((k) => k.unit === 'u3')).toBe(true);
    expect(keyChartSelection(keys, units, 'u7', 'u3').choice).toBe('u7');
    // "All units" is not offered past the cap; an unknown unit falls back.
    expect(keyChartSelection(keys, units, ALL_UNITS, 'u3').choice).toBe('u3');
    expect(keyChartSelection(keys, units, 'gone', undefined).choice).toBe('u0');
  });

  it('never draws more than the cap, even for one unit', () => {
    const s = keyChartSelection(keysOf('fw-a', MAX_CHARTED_KEYS + 5), ['fw-a'], undefined, undefined);
    expect(s.keys).toHaveLength(MAX_CHARTED_KEYS);
    expect(s.chosenCount).toBe(MAX_CHARTED_KEYS + 5);
  });
});

describe('what the countdown chart marks for the keys it draws', () => {
  const events = [
    { unit: 'u1', type: 'expired', day: 5 },
    { unit: 'u2', type: 'expired', day: 6 },
    { unit: undefined, type: 'link-down', day: 7 },
    { unit: undefined, type: 'renewal-due', day: 8 },
  ] as const;
  const lapse = (keys: string[]): Lapse => ({ feature: 'botnet', day: 10, from: true, to: false, keys, timeBasedOnly: true, orderByDay: 0 }) as unknown as Lapse;

  it('one unit: its own events and the plan-wide ones, not other units’ order-by reminders', () => {
    expect(eventsForChoice(events, 'u1').map((e) => e.day)).toEqual([5, 7]);
    expect(eventsForChoice(events, ALL_UNITS)).toHaveLength(4);
  });

  it('one unit: the lapses of the keys drawn', () => {
    const lapses = [lapse(['u1/k0']), lapse(['u2/k0']), lapse(['u2/k1', 'u1/k1'])];
    expect(lapsesForChoice(lapses, 'u1', new Set(['u1/k0', 'u1/k1']))).toEqual([lapses[0], lapses[2]]);
    expect(lapsesForChoice(lapses, ALL_UNITS, new Set())).toBe(lapses);
  });
});
