import type { FeatureId, ModelId, PakModelId, TierId } from '../types';
import { PAK_MODELS } from './pak/index';
import type { FeatureSpec, PakModel, TierSpec } from './types';

export const isPakModelId = (id: string): id is PakModelId => Object.hasOwn(PAK_MODELS, id);

export function pakModel(id: PakModelId): PakModel {
  return PAK_MODELS[id];
}

export function pakTier(model: PakModel, tier: TierId): TierSpec | undefined {
  return model.tiers[tier];
}

export function featureSpec(tier: TierSpec, feature: FeatureId): FeatureSpec | undefined {
  return Object.hasOwn(tier.features, feature) ? tier.features[feature] : undefined;
}

export const modelName = (id: ModelId): string => (isPakModelId(id) ? PAK_MODELS[id].name : id);
