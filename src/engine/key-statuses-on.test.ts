// keyStatusesOn reads the chosen keys on each day exactly as resultAt does (the timeline charts use
// it instead of a full result per sampled day).
import { describe, expect, it } from 'vitest';
import { bigClusterPlan } from '../../bench/plans';
import { analyzePlan } from './analyze-plan';
import { parsePlan } from './plan/parse-plan';
import { keyStatusesOn, resultAt } from './result-at';

describe('keyStatusesOn', () => {
  const parsed = parsePlan(bigClusterPlan(3650));
  if (!parsed.ok) throw new Error('bench plan (b) should read');
  const analysis = analyzePlan(parsed.plan);
  const days = [0, 1, 89, 90, 364, 365, 366, 1000, 2500, 3650];

  it('gives the chosen keys the statuses resultAt gives them, day by day', () => {
    const wanted = (unit: string, key: string) => unit === analysis.unitIds[3] || key.endsWith('7');
    const read = keyStatusesOn(analysis, days, wanted);
    expect(read.map((r) => r.at)).toEqual(days);
    for (const r of read) {
      const full = resultAt(analysis, r.at).keys.filter((k) => wanted(k.unit, k.key));
      expect(full.length).toBeGreaterThan(40);
      expect(r.keys).toEqual(full);
    }
  });

  it('reads no key that is not asked for, and none of a plan that does not read', () => {
    expect(keyStatusesOn(analysis, days, () => false).every((r) => r.keys.length === 0)).toBe(true);
    expect(keyStatusesOn(analyzePlan({} as never), [0, 5], () => true)).toEqual([
      { at: 0, keys: [] },
      { at: 5, keys: [] },
    ]);
  });
});
