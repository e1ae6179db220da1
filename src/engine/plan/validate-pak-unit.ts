// Catalog-dependent checks of one PAK unit: tier, permanent key values, time-based key values.
import { PAK_MODELS } from '../catalog/pak/index';
import type { TierSpec } from '../catalog/types';
import { featureValueProblem } from '../rules/feature-values';
import type { FeatureValue, Issue } from '../types';
import type { PakUnit, TimeBasedKey } from './schema';

export const NO_TIME_BASED_CITE = '000 §"Time-Based Licenses"; 000 §"Model Guidelines"';

export interface CheckedPakUnit {
  tier: TierSpec;
  /** Permanent key features that passed the checks. */
  permanentFeatures: Record<string, FeatureValue>;
  /** Time-based keys that can be installed, with only their valid features. */
  keys: TimeBasedKey[];
  issues: Issue[];
}

export function validatePakUnit(unit: PakUnit, index: number): CheckedPakUnit {
  const model = PAK_MODELS[unit.model];
  const base = `deployment.units[${index}]`;
  const issues: Issue[] = [];
  const error = (code: string, path: string, message: string, cite: string, key?: string): void => {
    issues.push({ severity: 'error', code, message: `${path}: ${message}`, path, unit: unit.id, cite, ...(key ? { key } : {}) });
  };

  let tier = model.tiers[unit.permanent.tier];
  if (tier === undefined) {
    const offered = Object.values(model.tiers)
      .map((t) => `"${t.id}"`)
      .join(' or ');
    error('tier-not-offered', `${base}.permanent.tier`, `"${unit.permanent.tier}" is not a license tier of the ${model.name} (${offered})`, model.cite);
    tier = model.tiers.base!;
  }

  const permanentFeatures: Record<string, FeatureValue> = {};
  for (const [feature, value] of Object.entries(unit.permanent.features)) {
    const problem = featureValueProblem(model, tier, feature, value, 'permanent');
    if (problem) error('permanent-feature-value', `${base}.permanent.features.${feature}`, problem, model.cite);
    else permanentFeatures[feature] = value;
  }

  const keys: TimeBasedKey[] = [];
  const seen = new Set<string>();
  // Built only for a message: a large plan has thousands of keys and few problems. (Defined once:
  // a closure per key would cost an allocation per key.)
  const keyPath = (k: number): string => `${base}.timeBased[${k}]`;
  unit.timeBased.forEach((key, k) => {
    if (seen.has(key.id))
      error(
        'duplicate-key-id',
        `${keyPath(k)}.id`,
        `"${key.id}" is used by another key of unit "${unit.id}"; key ids must be unique within a unit`,
        'plan-format.md §"Unit, PAK-licensed model"',
        key.id,
      );
    seen.add(key.id);
    if (!model.timeBasedKeys) {
      error('no-time-based-keys', keyPath(k), `the ${model.name} does not support time-based licenses, so key "${key.id}" cannot be installed`, NO_TIME_BASED_CITE, key.id);
      return;
    }
    let features: Record<string, FeatureValue> | null = null;
    let count = 0;
    let valid = 0;
    for (const feature in key.features) {
      const value = key.features[feature]!;
      count++;
      const problem = featureValueProblem(model, tier, feature, value, 'time-based');
      if (problem) {
        error('time-based-feature-value', `${keyPath(k)}.features.${feature}`, problem, model.cite, key.id);
        // The key keeps only its valid features: copy the ones before this one.
        if (features === null) {
          features = {};
          for (const f in key.features) {
            if (f === feature) break;
            features[f] = key.features[f]!;
          }
        }
      } else {
        valid++;
        if (features !== null) features[feature] = value;
      }
    }
    if (count === 0) error('empty-key', `${keyPath(k)}.features`, `{} names no feature; a time-based key licenses at least one`, '000 §"Time-Based Licenses"', key.id);
    if (valid > 0) keys.push(features === null ? key : { ...key, features });
  });

  return { tier, permanentFeatures, keys, issues };
}

/** A `permanent-key` event: the new key's tier and features are checked like the unit's own permanent key. */
export function validatePermanentKeyEvent(
  unit: PakUnit,
  tierId: TierSpec['id'],
  features: Record<string, FeatureValue>,
  path: string,
): { tier: TierSpec | null; features: Record<string, FeatureValue>; issues: Issue[] } {
  const model = PAK_MODELS[unit.model];
  const issues: Issue[] = [];
  const tier = model.tiers[tierId];
  if (tier === undefined) {
    issues.push({
      severity: 'error',
      code: 'tier-not-offered',
      message: `${path}.tier: "${tierId}" is not a license tier of the ${model.name}`,
      path: `${path}.tier`,
      unit: unit.id,
      cite: model.cite,
    });
    return { tier: null, features: {}, issues };
  }
  const valid: Record<string, FeatureValue> = {};
  for (const [feature, value] of Object.entries(features)) {
    const problem = featureValueProblem(model, tier, feature, value, 'permanent');
    if (problem)
      issues.push({ severity: 'error', code: 'permanent-feature-value', message: `${path}.features.${feature}: ${problem}`, path: `${path}.features.${feature}`, unit: unit.id, cite: model.cite });
    else valid[feature] = value;
  }
  return { tier, features: valid, issues };
}
