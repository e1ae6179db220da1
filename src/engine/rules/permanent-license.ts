// A unit's permanent license: the tier's table values, raised by the one permanent key.
// 000 §"Permanent License": one permanent activation key holds all permanent features; a new one replaces it.
import type { PakModel, TierSpec } from '../catalog/types';
import type { FeatureId, FeatureValue, License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { isFeatureId } from './feature-values';
import { sharedServerPermanentPeers } from './shared-license-rules';

export interface PermanentLicense {
  license: License;
  provenance: FeatureProvenance;
}

export function permanentLicense(model: PakModel, tier: TierSpec, keyFeatures: Readonly<Record<string, FeatureValue>>): PermanentLicense {
  const license: License = {};
  const provenance: FeatureProvenance = {};
  const tableRule = `${model.name} ${tier.name} table value`;
  for (const key in tier.features) {
    const feature = key as FeatureId;
    const spec = tier.features[feature]!;
    const fromKey = Object.hasOwn(keyFeatures, feature) && isFeatureId(feature) && !spec.timeBasedOnly ? keyFeatures[feature] : undefined;
    const value = fromKey ?? spec.default;
    license[feature] = value;
    provenance[feature] =
      fromKey === undefined
        ? { value, source: 'model', rule: tableRule, cite: spec.cite }
        : { value, source: 'permanent', keys: ['permanent'], rule: 'Permanent activation key', cite: '000 §"Permanent License"' };
  }
  sharedServerPermanentPeers(tier, license, provenance);
  return { license, provenance };
}

/** 000 §"Activate or Deactivate Keys": "If you enter a new permanent key, it overwrites the already installed one." */
export const NEW_PERMANENT_KEY_CITE = '000 §"Activate or Deactivate Keys"; 000 §"Licenses FAQ"';

export const newPermanentKeyWords = (tierName: string): string => `A new permanent key (${tierName}) replaces the installed one; time-based keys are not affected`;
