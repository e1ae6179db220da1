// A printed value that contradicts the catalog is kept as observed, not dropped (issue 24 item 11):
// the unit's optional `observed` list (plan format extension, README "Plan format extensions
// (device text)") records the value as the device printed it, with a note citing the table. The
// plan's license figures still follow the documents' tables.
import { FEATURES } from '../catalog/features';
import { PAK_MODELS } from '../catalog/pak/index';
import { SMART_MODELS } from '../catalog/smart/index';
import { isPakModelId } from '../catalog/lookup';
import type { ObservedValue, Unit } from '../plan/schema';
import type { FeatureId, FeatureValue } from '../types';
import { showValue } from './catalog-values';

/** The table row's citation for a feature of the unit's model (and tier). */
export function tableCite(unit: Unit, feature: FeatureId): string {
  if (isPakModelId(unit.model) && 'permanent' in unit) {
    const model = PAK_MODELS[unit.model];
    return model.tiers[unit.permanent.tier]?.features[feature]?.cite ?? model.cite;
  }
  const model = SMART_MODELS[unit.model as keyof typeof SMART_MODELS];
  return model.features[feature]?.cite ?? model.cite;
}

export function tableName(unit: Unit): string {
  if (isPakModelId(unit.model) && 'permanent' in unit) {
    const model = PAK_MODELS[unit.model];
    return `${model.name} ${model.tiers[unit.permanent.tier]?.name ?? ''}`.trim();
  }
  return SMART_MODELS[unit.model as keyof typeof SMART_MODELS].name;
}

/** Adds (once per feature) what the device printed where the plan's license gives another value. */
export function keepObserved(unit: Unit, feature: FeatureId, printed: FeatureValue, line: number | undefined, planValue: FeatureValue | undefined, why?: string): ObservedValue {
  const label = FEATURES[feature].label;
  const note =
    why ??
    `the device prints ${label} ${showValue(printed)}; the ${tableName(unit)} table gives ${showValue(planValue ?? 'unsupported')}. Kept as observed; the plan's license figures follow the table`;
  const entry: ObservedValue = { feature, value: printed, ...(line !== undefined ? { line } : {}), note, cite: tableCite(unit, feature) };
  const list = (unit.observed ??= []);
  const i = list.findIndex((o) => o.feature === feature);
  if (i >= 0) list[i] = entry;
  else list.push(entry);
  return entry;
}
