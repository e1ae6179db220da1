// 000 §"How Failover or ASA Cluster Licenses Combine": the licenses of failover or cluster units
// form one running license. Numeric tiers are added up to the platform limit; for
// enabled/disabled licenses the enabled one is used.
import { FEATURES } from '../catalog/features';
import type { PakModel } from '../catalog/types';
import type { Provenance } from '../result';
import type { FeatureId, FeatureValue, License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { rank } from './combine-permanent-and-time-based';

export const UNITS_COMBINE_CITE = '000 §"How Failover or ASA Cluster Licenses Combine"';

export interface UnitLicense {
  unit: string;
  license: License;
}

/** The platform limit of a numeric feature: the largest limit any tier of the model allows. */
export function platformLimit(model: PakModel, feature: FeatureId): number | undefined {
  let limit: number | undefined;
  for (const tier of Object.values(model.tiers)) {
    const spec = Object.hasOwn(tier.features, feature) ? tier.features[feature] : undefined;
    if (spec?.limit !== undefined) limit = Math.max(limit ?? 0, spec.limit);
  }
  return limit;
}

export function combineUnitLicenses(model: PakModel, units: readonly UnitLicense[]): { license: License; provenance: FeatureProvenance } {
  const license: License = {};
  const provenance: FeatureProvenance = {};
  const features = new Set<FeatureId>();
  for (const u of units) for (const f of Object.keys(u.license) as FeatureId[]) features.add(f);
  for (const feature of features) {
    const values = units.map((u) => ({ unit: u.unit, value: u.license[feature] })).filter((v): v is { unit: string; value: FeatureValue } => v.value !== undefined);
    const result = FEATURES[feature].units === 'sum-up-to-limit' ? sumUpToLimit(model, feature, values) : higherOf(feature, values);
    license[feature] = result.value;
    provenance[feature] = result;
  }
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
