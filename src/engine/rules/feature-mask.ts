// A set of features as the bits of one number, bit i for FEATURE_IDS[i]: the simulation records,
// for each change of a unit's license, which features may differ, and the combination of units
// recombines only those.
import { FEATURE_IDS } from '../types';

const INDEX = new Map<string, number>(FEATURE_IDS.map((f, i) => [f, i]));

/** The feature's position in the catalog (its bit), or -1 for an unknown id. */
export const featureIndex = (feature: string): number => INDEX.get(feature) ?? -1;

export function featureMask(features: readonly string[]): number {
  let mask = 0;
  for (const f of features) {
    const i = featureIndex(f);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}
