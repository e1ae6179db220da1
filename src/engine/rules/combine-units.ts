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

/** One feature of the combined license: numeric tiers added up to the platform limit, otherwise the higher (enabled wins). */
export function combinedFeatureValue(model: PakModel, feature: FeatureId, licenses: readonly License[]): FeatureValue | undefined {
  if (FEATURES[feature].units === 'sum-up-to-limit') {
    let sum = 0;
    let any = false;
    for (const l of licenses) {
      const v = l[feature];
      if (typeof v === 'number') {
        sum += v;
        any = true;
      }
    }
    if (any) return Math.min(sum, platformLimit(model, feature) ?? sum);
  }
  let best: FeatureValue | undefined;
  for (const l of licenses) {
    const v = l[feature];
    if (v !== undefined && (best === undefined || rank(feature, v) > rank(feature, best))) best = v;
  }
  return best;
}

/** The combined license now; its explanation is built only when asked for. */
export function combineUnitLicenses(model: PakModel, units: readonly UnitLicense[]): { license: License; provenance: () => FeatureProvenance } {
  const license: License = {};
  const features: FeatureId[] = [];
  const licenses = units.map((u) => u.license);
  for (const feature of FEATURE_IDS) {
    if (!units.some((u) => u.license[feature] !== undefined)) continue;
    features.push(feature);
    const value = combinedFeatureValue(model, feature, licenses);
    if (value !== undefined) license[feature] = value;
  }
  const provenance = (): FeatureProvenance => {
    const out: FeatureProvenance = {};
    for (const feature of features) {
      const values = units.map((u) => ({ unit: u.unit, value: u.license[feature] })).filter((v): v is { unit: string; value: FeatureValue } => v.value !== undefined);
      out[feature] = FEATURES[feature].units === 'sum-up-to-limit' ? sumUpToLimit(model, feature, values) : higherOf(feature, values);
    }
    return out;
  };
  return { license, provenance };
}

function sumUpToLimit(model: PakModel, feature: FeatureId, values: { unit: string; value: FeatureValue }[]): Provenance {
  const numeric = values.filter((v): v is { unit: string; value: number } => typeof v.value === 'number');
  if (numeric.length === 0) return higherOf(feature, values);
  const sum = numeric.reduce((s, v) => s + v.value, 0);
  const limit = platformLimit(model, feature) ?? sum;
  const capped = sum > limit;
  return {
    value: capped ? limit : sum,
    source: 'combined',
    units: numeric.map((v) => v.unit),
    rule: `${numeric.map((v) => `${v.value} (${v.unit})`).join(' + ')} = ${sum}${capped ? `, capped at the platform limit ${limit}` : ''}`,
    ...(capped ? { uncapped: sum, limit } : {}),
    cite: UNITS_COMBINE_CITE,
  };
}

function higherOf(feature: FeatureId, values: { unit: string; value: FeatureValue }[]): Provenance {
  let best = values[0]!;
  for (const v of values) if (rank(feature, v.value) > rank(feature, best.value)) best = v;
  const differ = values.some((v) => !Object.is(v.value, best.value));
  return {
    value: best.value,
    source: 'combined',
    units: differ ? [best.unit] : values.map((v) => v.unit),
    rule: differ ? (typeof best.value === 'boolean' ? `Enabled wins (from ${best.unit})` : `The higher value is used (from ${best.unit})`) : 'Same on every unit',
    cite: UNITS_COMBINE_CITE,
  };
}

/**
 * The same rule, kept up to date as units change one at a time: only the features of the units
 * that changed are recombined (the simulation of a 16-unit cluster changes one unit per step), and
 * the added-up features keep a running total instead of adding all units again.
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
  /** By catalog index, for added-up features: the total of the units' numeric values, and how many units have one (all whole numbers, so the total is exact). */
  const sums = FEATURE_IDS.map(() => 0);
  const counts = FEATURE_IDS.map(() => 0);
  const addedUp = FEATURE_IDS.map((f) => FEATURES[f].units === 'sum-up-to-limit');
  const change = (unit: number, i: number, now: FeatureValue | undefined): void => {
    pending |= 1 << i;
    const was = unitValues[unit * F + i];
    unitValues[unit * F + i] = now;
    if (!addedUp[i]) return;
    if (typeof was === 'number') {
      sums[i]! -= was;
      counts[i]!--;
    }
    if (typeof now === 'number') {
      sums[i]! += now;
      counts[i]!++;
    }
  };
  /** combinedFeatureValue, over the values by feature. */
  const valueOf = (i: number, feature: FeatureId): FeatureValue | undefined => {
    if (counts[i] !== 0) return Math.min(sums[i]!, platformLimit(model, feature) ?? sums[i]!);
    let best: FeatureValue | undefined;
    for (let at = i; at < unitValues.length; at += F) {
      const v = unitValues[at];
      if (v !== undefined && (best === undefined || rank(feature, v) > rank(feature, best))) best = v;
    }
    return best;
  };
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
