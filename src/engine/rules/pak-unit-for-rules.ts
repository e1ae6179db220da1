import type { PakModel, TierSpec } from '../catalog/types';
import type { FeatureValue } from '../types';

/** What the deployment rules need to know of a PAK unit after its own checks. */
export interface PakUnitForRules {
  id: string;
  index: number;
  model: PakModel;
  tier: TierSpec;
  permanentFeatures: Readonly<Record<string, FeatureValue>>;
}
