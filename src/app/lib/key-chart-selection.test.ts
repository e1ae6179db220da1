import { describe, expect, it } from 'vitest';
import type { KeyStatus } from '../../engine/index';
import { ALL_UNITS, keyChartSelection, MAX_CHARTED_KEYS } from './key-chart-selection';

const key = (unit: string, id: string): KeyStatus => ({ unit, key: id, state: 'active', remainingDays: 10, installDay: 0, installed: true, counting: true, features: {}, evaluation: false });
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
