import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigClusterPlan } from '../../bench/plans';
import { parsePlan } from './plan/parse-plan';
import { simulatePak, type SimUnitInput } from './timeline/pak-simulation';
import { changeLogOf, type LicenseStretch } from './unit-timeline';
import { PAK_MODELS } from './catalog/pak/index';
import type { PakUnit } from './plan/schema';

const stretch = (from: number): LicenseStretch => ({ from, to: null, license: {}, provenance: {} });

describe('change log of the units’ stretches', () => {
  it('lists every stretch start in day order, units in order on a day, one unit’s same-day stretches in their order', () => {
    const log = changeLogOf([[stretch(0), stretch(5), stretch(9)], [stretch(0), stretch(5), stretch(5)], [stretch(0)]]);
    expect(log.days).toEqual([0, 0, 0, 5, 5, 5, 9]);
    expect(log.units).toEqual([0, 1, 2, 0, 1, 1, 0]);
  });

  it('walking it moves each unit through its own list in order (any lists)', () => {
    const lists = fc.array(
      fc.array(fc.nat(50), { maxLength: 6 }).map((days) => [0, ...days].sort((a, b) => a - b).map(stretch)),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(lists, (ls) => {
        const log = changeLogOf(ls);
        const next = ls.map(() => 0);
        for (let c = 0; c < log.days.length; c++) {
          const i = log.units[c]!;
          expect(ls[i]![next[i]!]!.from).toBe(log.days[c]);
          if (c > 0) expect(log.days[c]).toBeGreaterThanOrEqual(log.days[c - 1]!);
          next[i]!++;
        }
        expect(next).toEqual(ls.map((l) => l.length));
      }),
    );
  });

  it('the simulation keeps the same log as it makes its stretches (what the combination reads for a plan of PAK units)', () => {
    const parsed = parsePlan(bigClusterPlan(3650));
    if (!parsed.ok) throw new Error('the bench plan is valid');
    const inputs: SimUnitInput[] = parsed.plan.deployment.units.map((u, index) => {
      const unit = u as PakUnit;
      const model = PAK_MODELS[unit.model];
      return { id: unit.id, index, model, tier: model.tiers[unit.permanent.tier]!, software: unit.software, permanentFeatures: unit.permanent.features, keys: unit.timeBased, variant: {} };
    });
    const sim = simulatePak(inputs, parsed.plan.events, true, String);
    expect(sim.changeLog.days.length).toBeGreaterThan(700);
    expect(sim.changeLog).toEqual(changeLogOf(sim.stretchLists));
    expect(sim.stretchLists).toEqual(inputs.map((u) => sim.unitStretches[u.id]));
  });
});
