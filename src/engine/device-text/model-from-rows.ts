// A license block with no "Hardware:" line (issue 24 item 13): the model is read from the rows only
// when exactly one catalog model and tier gives every value shown (000 §"Licenses Per Model",
// 001 §"Licenses Per Model" tables: the default, or an optional license of that tier); otherwise
// the import is refused with the candidates.
import { PAK_MODELS } from '../catalog/pak/index';
import { SMART_MODELS } from '../catalog/smart/index';
import type { TierFeatures } from '../catalog/types';
import type { ModelId, TierId } from '../types';
import { fitsTier, isBuiltInAnyConnect, isOff } from './catalog-values';
import type { FeatureObservation } from './types';

export interface RowCandidate {
  model: ModelId;
  tier: TierId | 'standard';
  /** "ASA 5525-X Base", "Firepower 2110 Standard". */
  name: string;
}

function allTables(): { candidate: RowCandidate; features: TierFeatures; pak: boolean }[] {
  const out: { candidate: RowCandidate; features: TierFeatures; pak: boolean }[] = [];
  for (const m of Object.values(PAK_MODELS)) {
    for (const t of Object.values(m.tiers)) if (t) out.push({ candidate: { model: m.id, tier: t.id, name: `${m.name} ${t.name}` }, features: t.features, pak: true });
  }
  for (const m of Object.values(SMART_MODELS)) out.push({ candidate: { model: m.id, tier: 'standard', name: `${m.name} Standard` }, features: m.features, pak: false });
  return out;
}

function fits(features: TierFeatures, row: FeatureObservation, pak: boolean): boolean {
  // PAK tables list the Carrier license as GTP/GPRS (device-text/pak-unit.ts asPakRows).
  const feature = pak && row.feature === 'carrier' ? 'gtp-gprs' : row.feature;
  const spec = Object.hasOwn(features, feature) ? features[feature] : undefined;
  if (spec === undefined) return isOff(row.value);
  return fitsTier(spec, row.value) || isBuiltInAnyConnect(feature, row.value, spec);
}

/** Every catalog model and tier (optionally among `within`) whose table gives every row's value. */
export function modelsFittingRows(rows: readonly FeatureObservation[], within?: readonly ModelId[]): RowCandidate[] {
  return allTables()
    .filter((t) => within === undefined || within.includes(t.candidate.model))
    .filter((t) => rows.every((r) => fits(t.features, r, t.pak)))
    .map((t) => t.candidate);
}

export function listCandidates(candidates: readonly RowCandidate[], max = 12): string {
  const shown = candidates.slice(0, max).map((c) => c.name);
  return candidates.length > max ? `${shown.join(', ')} and ${candidates.length - max} more` : shown.join(', ');
}
