// The platform limit a combined numeric value is capped at.
// 000 §"How Failover or ASA Cluster Licenses Combine": "the values from each unit's licenses are
// combined up to the platform limit"; 000 §"How Permanent and Time-Based Licenses Combine": UC proxy
// sessions and contexts are "added … up to the platform limit". Where a model's table (000
// §"Licenses Per Model") gives one fixed value and no optional license (the 5506-X family's,
// 5508-X's, 5516-X's and ISA 3000's Total UC Proxy Sessions: 160, 320, 1000), that value is the
// platform's limit: a 5508-X pair runs 320, not 640.
import type { FeatureSpec, PakModel } from '../catalog/types';
import type { FeatureId } from '../types';

/** One table row's limit: the largest licensable value, or the single fixed number the row gives. */
export const specLimit = (spec: FeatureSpec): number | undefined => spec.limit ?? (typeof spec.default === 'number' ? spec.default : undefined);

const limits = new WeakMap<PakModel, Map<FeatureId, number | undefined>>();

/** The platform limit of a numeric feature: the largest limit any tier of the model allows. */
export function platformLimit(model: PakModel, feature: FeatureId): number | undefined {
  let perModel = limits.get(model);
  if (!perModel) limits.set(model, (perModel = new Map()));
  if (!perModel.has(feature)) perModel.set(feature, computePlatformLimit(model, feature));
  return perModel.get(feature);
}

function computePlatformLimit(model: PakModel, feature: FeatureId): number | undefined {
  let limit: number | undefined;
  for (const tier of Object.values(model.tiers)) {
    const spec = Object.hasOwn(tier.features, feature) ? tier.features[feature] : undefined;
    const l = spec ? specLimit(spec) : undefined;
    if (l !== undefined) limit = Math.max(limit ?? 0, l);
  }
  return limit;
}
