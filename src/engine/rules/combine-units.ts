// 000 §"How Failover or ASA Cluster Licenses Combine": the licenses of failover or cluster units
// form one running license. Numeric tiers are added up to the platform limit; for
// enabled/disabled licenses the enabled one is used.
import { FEATURES } from '../catalog/features';
import type { PakModel } from '../catalog/types';
import type { Provenance } from '../result';
import { FEATURE_IDS, type FeatureId, type FeatureValue, type License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { rank } from './combine-permanent-and-time-based';
import { platformLimit } from './platform-limit';

export { platformLimit };

export const UNITS_COMBINE_CITE = '000 §"How Failover or ASA Cluster Licenses Combine"';

export interface UnitLicense {
  unit: string;
  license: License;
}

/**
 * What the rule decided for one feature, read one of two ways: the value alone (`UNITS_VALUE`:
 * nothing is allocated, for the incremental combiner) or its explanation (`explainUnits`).
 * Unit j's value is `values[at + j * step]`.
 */
export interface UnitsReading<R> {
  /** Numeric tiers: the units' numbers added (`sum`), `value` after the platform limit `limit`. */
  added(value: number, sum: number, limit: number | undefined, values: readonly (FeatureValue | undefined)[], at: number, step: number): R;
  /** Enabled/disabled and every other value: unit `best` (its index in `values`, -1: no unit has the feature) has the highest. */
  higher(value: FeatureValue | undefined, best: number, values: readonly (FeatureValue | undefined)[], at: number, step: number): R;
}

/**
 * The rule, written once (000 §"How Failover or ASA Cluster Licenses Combine"): "For licenses that
 * have numerical tiers, … the values from each unit's licenses are combined up to the platform
 * limit"; "For licenses that have a status of enabled or disabled, then the license with the
 * enabled status is used" (and of other values, the higher).
 */
export function combineUnitValues<R>(model: PakModel, feature: FeatureId, values: readonly (FeatureValue | undefined)[], at: number, step: number, read: UnitsReading<R>): R {
  if (FEATURES[feature].units === 'sum-up-to-limit') {
    let sum = 0;
    let any = false;
    for (let j = at; j < values.length; j += step) {
      const v = values[j];
      if (typeof v === 'number') {
        sum += v;
        any = true;
      }
    }
    if (any) {
      const limit = platformLimit(model, feature);
      return read.added(limit !== undefined && sum > limit ? limit : sum, sum, limit, values, at, step);
    }
  }
  let best = -1;
  for (let j = at; j < values.length; j += step) {
    const v = values[j];
    if (v !== undefined && (best < 0 || rank(feature, v) > rank(feature, values[best]!))) best = j;
  }
  return read.higher(best < 0 ? undefined : values[best], best, values, at, step);
}

/** The value alone. */
export const UNITS_VALUE: UnitsReading<FeatureValue | undefined> = { added: (value) => value, higher: (value) => value };

/** The same decision, explained, for units named `units` (unit j is `units[j]`). */
export function explainUnits(units: readonly string[]): UnitsReading<Provenance> {
  const unitAt = (j: number, at: number, step: number) => units[(j - at) / step]!;
  return {
    added: (value, sum, limit, values, at, step) => {
      const parts: string[] = [];
      const named: string[] = [];
      for (let j = at; j < values.length; j += step) {
        const v = values[j];
        if (typeof v !== 'number') continue;
        parts.push(`${v} (${unitAt(j, at, step)})`);
        named.push(unitAt(j, at, step));
      }
      const capped = value < sum;
      return {
        value,
        source: 'combined',
        units: named,
        rule: `${parts.join(' + ')} = ${sum}${capped ? `, capped at the platform limit ${limit}` : ''}`,
        ...(capped ? { uncapped: sum, limit: limit! } : {}),
        cite: UNITS_COMBINE_CITE,
      };
    },
    higher: (value, best, values, at, step) => {
      const present: string[] = [];
      let differ = false;
      for (let j = at; j < values.length; j += step) {
        if (values[j] === undefined) continue;
        present.push(unitAt(j, at, step));
        if (!Object.is(values[j], value)) differ = true;
      }
      const from = unitAt(best, at, step);
      return {
        value: value!,
        source: 'combined',
        units: differ ? [from] : present,
        rule: differ ? (typeof value === 'boolean' ? `Enabled wins (from ${from})` : `The higher value is used (from ${from})`) : 'Same on every unit',
        cite: UNITS_COMBINE_CITE,
      };
    },
  };
}

/** One feature of the combined license (undefined: no unit has it). */
export const combinedFeatureValue = (model: PakModel, feature: FeatureId, licenses: readonly License[]): FeatureValue | undefined =>
  combineUnitValues(
    model,
    feature,
    licenses.map((l) => l[feature]),
    0,
    1,
    UNITS_VALUE,
  );

/** The combined license now; its explanation is built only when asked for. */
export function combineUnitLicenses(model: PakModel, units: readonly UnitLicense[]): { license: License; provenance: () => FeatureProvenance } {
  const license: License = {};
  const features: FeatureId[] = [];
  for (const feature of FEATURE_IDS) {
    const values = units.map((u) => u.license[feature]);
    const value = combineUnitValues(model, feature, values, 0, 1, UNITS_VALUE);
    if (value === undefined) continue;
    features.push(feature);
    license[feature] = value;
  }
  const provenance = (): FeatureProvenance => {
    const out: FeatureProvenance = {};
    const explain = explainUnits(units.map((u) => u.unit));
    for (const feature of features)
      out[feature] = combineUnitValues(
        model,
        feature,
        units.map((u) => u.license[feature]),
        0,
        1,
        explain,
      );
    return out;
  };
  return { license, provenance };
}

/**
 * The same rule (combineUnitValues), kept up to date as units change one at a time: only the
 * features of the units that changed are recombined (the simulation of a 16-unit cluster changes
 * one unit per step).
 */
export function createUnitCombiner(model: PakModel, unitCount: number) {
  const F = FEATURE_IDS.length;
  /** The units' values by feature: unit u's value of FEATURE_IDS[i] at [u * F + i] (read feature by feature, so no lookups by name). */
  const unitValues: (FeatureValue | undefined)[] = new Array<FeatureValue | undefined>(unitCount * F).fill(undefined);
  let combined: License = {};
  /** The combined license's values by catalog index (undefined: not in it). */
  const combinedValues: (FeatureValue | undefined)[] = FEATURE_IDS.map(() => undefined);
  /** The features to recombine, as bits (feature-mask.ts). */
  let pending = 0;
  /** By catalog index: the recombined value of each pending feature. */
  const values: (FeatureValue | undefined)[] = FEATURE_IDS.map(() => undefined);
  const change = (unit: number, i: number, now: FeatureValue | undefined): void => {
    pending |= 1 << i;
    unitValues[unit * F + i] = now;
  };
  /** The rule (combineUnitValues) over feature i's values, unit by unit. */
  const valueOf = (i: number, feature: FeatureId): FeatureValue | undefined => combineUnitValues(model, feature, unitValues, i, F, UNITS_VALUE);
  return {
    /** A unit's license from now on; `changedMask`, when given, has the bits of the features that differ from its previous one (feature-mask.ts). */
    set(index: number, license: License, changedMask?: number): void {
      if (changedMask !== undefined) {
        for (let i = 0, m = changedMask; m !== 0; i++, m >>>= 1) if (m & 1) change(index, i, license[FEATURE_IDS[i]!]);
        return;
      }
      // Without a mask, every feature is compared with the unit's values so far.
      for (let i = 0; i < F; i++) {
        const now = license[FEATURE_IDS[i]!];
        if (now !== unitValues[index * F + i]) change(index, i, now);
      }
    },
    /** The combined license after the changes set since the last call (the same object when nothing changed). */
    combine(): License {
      if (pending === 0) return combined;
      let differs = false;
      let reshaped = false;
      for (let i = 0, m = pending; m !== 0; i++, m >>>= 1) {
        if (!(m & 1)) continue;
        const best = valueOf(i, FEATURE_IDS[i]!);
        values[i] = best;
        if (best !== combinedValues[i]) differs = true;
        // A feature appears in or leaves the combined license.
        if ((best === undefined) !== (combinedValues[i] === undefined)) reshaped = true;
      }
      if (differs) {
        const next: License = { ...combined };
        // A feature new to the combined license goes in catalog order, as in combineUnitLicenses.
        for (let i = 0, m = pending; m !== 0; i++, m >>>= 1) {
          if (!(m & 1)) continue;
          const best = values[i];
          combinedValues[i] = best;
          if (best !== undefined) next[FEATURE_IDS[i]!] = best;
          else if (reshaped) delete next[FEATURE_IDS[i]!];
        }
        combined = next;
      }
      pending = 0;
      return combined;
    },
  };
}
