import type { PakModelId, TierId } from '../../types';
import type { CatalogNote, PakModel, TierFeatures, TierSpec } from '../types';
import { essentials, sharedLicense } from './rows';

interface PakModelInput {
  id: PakModelId;
  name: string;
  family: string;
  table: string;
  tiers: Partial<Record<TierId, TierFeatures>>;
  timeBasedKeys?: boolean;
  sharedLicenses?: boolean;
  notes?: CatalogNote[];
}

const TIER_NAMES: Record<TierId, string> = { base: 'Base', 'security-plus': 'Security Plus' };

/** Fills the rows every PAK model shares (legacy Essentials, shared licensing) around a table's rows. */
export function pakModel(input: PakModelInput): PakModel {
  const cite = `000 §"${input.table}"`;
  const shared = input.sharedLicenses ?? true;
  const tiers: Partial<Record<TierId, TierSpec>> = {};
  for (const [tierId, features] of Object.entries(input.tiers) as [TierId, TierFeatures][]) {
    tiers[tierId] = {
      id: tierId,
      name: TIER_NAMES[tierId],
      features: {
        ...features,
        'anyconnect-essentials': essentials('000 §"Additional Guidelines"'),
        'shared-license': sharedLicense(shared),
      },
    };
  }
  return {
    id: input.id,
    name: input.name,
    family: input.family,
    licensing: 'pak',
    tiers,
    timeBasedKeys: input.timeBasedKeys ?? true,
    sharedLicenses: shared,
    notes: input.notes ?? [],
    cite,
  };
}
