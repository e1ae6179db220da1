// Which values a license key may carry for a feature, per model and tier (000 §"Licenses Per Model").
import { FEATURES } from '../catalog/features';
import type { FeatureSpec, PakModel, TierSpec } from '../catalog/types';
import { FEATURE_IDS, type FeatureId, type FeatureValue } from '../types';

export type KeyKind = 'permanent' | 'time-based';

const FEATURE_ID_SET: ReadonlySet<string> = new Set(FEATURE_IDS);
export const isFeatureId = (id: string): id is FeatureId => FEATURE_ID_SET.has(id);

/** The values a key may set: the table's default and its optional licenses (or 0…N for "N maximum"). */
export function allowedValues(spec: FeatureSpec): readonly FeatureValue[] {
  return [spec.default, ...(spec.options ?? [])];
}

export function describeAllowed(spec: FeatureSpec): string {
  if (spec.upTo !== undefined) return `a whole number from 0 to ${spec.upTo}`;
  const values = allowedValues(spec).map((v) => (typeof v === 'string' ? v : String(v)));
  if (values.length === 1) return values[0]!;
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** Whether `values` holds `value` (by Object.is, as the table's values are compared). */
function isOneOf(values: readonly FeatureValue[] | undefined, value: unknown): boolean {
  if (values) for (const v of values) if (Object.is(v, value)) return true;
  return false;
}

/** "ASA 5512-X Security Plus": built only for a message, as most values are fine. */
const where = (model: PakModel, tier: TierSpec): string => `${model.name} ${tier.name}`;

export const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * Why `value` cannot be a `kind` license of `feature` on this model and tier, or null when it can.
 * The reason is a sentence fragment that follows the value, e.g.
 * `7 is not a Security Contexts license for the ASA 5512-X Security Plus (2 or 5)`.
 */
export function featureValueProblem(model: PakModel, tier: TierSpec, feature: string, value: unknown, kind: KeyKind): string | null {
  if (!isFeatureId(feature)) return `"${feature}" is not a feature id (see the spec's "Feature ids and values")`;
  const label = FEATURES[feature].label;
  const spec = Object.hasOwn(tier.features, feature) ? tier.features[feature] : undefined;
  if (spec === undefined) return `${show(value)} cannot be set: ${label} is not a license of the ${where(model, tier)} (000 §"Licenses Per Model")`;
  if (spec.default === 'unsupported' && !spec.options?.length && spec.upTo === undefined) {
    return `${show(value)} cannot be set: ${label} is not supported on the ${where(model, tier)} (${spec.cite})`;
  }
  if (kind === 'permanent' && spec.timeBasedOnly) {
    return `${show(value)} cannot be set: there is no permanent ${label} license, only time-based keys (000 §"How Permanent and Time-Based Licenses Combine")`;
  }
  if (kind === 'time-based' && FEATURES[feature].timeBased === 'not-time-based') {
    return `${show(value)} cannot be set: ${label} comes with the model and tier, not from a time-based key (${spec.cite})`;
  }
  if (spec.upTo !== undefined) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > spec.upTo) {
      return `${show(value)} is not a ${label} license for the ${where(model, tier)} (${describeAllowed(spec)}; ${spec.cite})`;
    }
    return null;
  }
  if (!Object.is(spec.default, value) && !isOneOf(spec.options, value)) {
    return `${show(value)} is not a ${label} license for the ${where(model, tier)} (${describeAllowed(spec)})${spec.note ? `: ${spec.note}` : ''}`;
  }
  return null;
}
