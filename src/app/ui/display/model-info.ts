// What the UI needs to know about models and tiers, read from the engine's catalog.
// Nothing here decides a license: it lists the values the catalog says a model and tier allow.
import { SMART_MODELS, type SmartModel } from '../../../engine/catalog/smart/index';
import type { FeatureSpec, PakModel, TierSpec } from '../../../engine/catalog/types';
import { catalog } from '../../../engine/catalog/index';
import type { FeatureId, FeatureValue, ModelId, TierId } from '../../../engine/index';
import { formatValue } from './format-value';

export interface UiModel {
  readonly id: ModelId;
  readonly name: string;
  readonly family: string;
  readonly licensing: 'pak' | 'smart';
  readonly tiers: Readonly<Partial<Record<TierId, TierSpec>>>;
  /** PAK: whether the model takes time-based keys at all. */
  readonly timeBasedKeys: boolean;
  readonly notes: readonly { id: string; text: string; cite: string }[];
  readonly cite: string;
  /** Smart models: the catalog entry (entitlements, context packs, ASAv throughput levels). */
  readonly smart?: SmartModel;
}

function fromPak(m: PakModel): UiModel {
  return { id: m.id, name: m.name, family: m.family, licensing: 'pak', tiers: m.tiers, timeBasedKeys: m.timeBasedKeys, notes: m.notes, cite: m.cite };
}

/** A Smart model's Standard column reads as its one tier. */
function fromSmart(m: SmartModel): UiModel {
  return {
    id: m.id,
    name: m.name,
    family: m.family,
    licensing: 'smart',
    tiers: { base: { id: 'base', name: 'Standard', features: m.features } },
    timeBasedKeys: false,
    notes: m.notes,
    cite: m.cite,
    smart: m,
  };
}

// The catalog object is to carry Smart models as `smartModels`; until it does, read the Smart catalog module.
const smartModels = (catalog as { smartModels?: Readonly<Record<string, SmartModel>> }).smartModels ?? SMART_MODELS;
const MODELS: readonly UiModel[] = [...Object.values(catalog.pakModels).map(fromPak), ...Object.values(smartModels).map(fromSmart)];
const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

export const listModels = (): readonly UiModel[] => MODELS;
export const findModel = (id: string): UiModel | undefined => BY_ID.get(id as ModelId);

export function tierIds(model: UiModel): TierId[] {
  return Object.keys(model.tiers) as TierId[];
}

export function tierOf(model: UiModel, tier: TierId | undefined): TierSpec | undefined {
  return (tier === undefined ? undefined : model.tiers[tier]) ?? Object.values(model.tiers)[0];
}

export function specOf(tier: TierSpec | undefined, feature: FeatureId): FeatureSpec | undefined {
  return tier !== undefined && Object.hasOwn(tier.features, feature) ? tier.features[feature] : undefined;
}

export interface Headline {
  label: string;
  value: string;
}

const HEADLINE: readonly FeatureId[] = ['firewall-conns', 'vlans', 'security-contexts', 'anyconnect-peers', 'failover', 'clustering', 'throughput'];

/** The few limits worth showing next to a model's name: defaults, and the licensable maximum. */
export function headlineLimits(model: UiModel, tierId?: TierId): Headline[] {
  const tier = tierOf(model, tierId);
  const out: Headline[] = [];
  for (const f of HEADLINE) {
    const spec = specOf(tier, f);
    if (spec === undefined) continue;
    const max = spec.upTo ?? spec.limit;
    let value = formatValue(spec.default);
    if (max !== undefined && max !== spec.default) value = `${formatValue(spec.default)} (up to ${formatValue(max)})`;
    out.push({ label: catalog.features[f].label, value });
  }
  return out;
}

export interface FeatureChoice {
  feature: FeatureId;
  label: string;
  default: FeatureValue;
  /** Discrete values a key may carry, weakest first (default excluded). */
  options: readonly FeatureValue[];
  /** Any whole number up to this maximum (AnyConnect "N maximum"). */
  upTo?: number;
  note?: string;
  cite: string;
}

function choiceOf(feature: FeatureId, spec: FeatureSpec): FeatureChoice {
  return {
    feature,
    label: catalog.features[feature].label,
    default: spec.default,
    options: (spec.options ?? []).filter((o) => o !== spec.default),
    ...(spec.upTo === undefined ? {} : { upTo: spec.upTo }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    cite: spec.cite,
  };
}

const licensable = (spec: FeatureSpec): boolean => (spec.options?.length ?? 0) > 0 || spec.upTo !== undefined;

/** Features a permanent key can raise above the tier's default, with the values the catalog allows. */
export function permanentChoices(model: UiModel, tierId: TierId | undefined): FeatureChoice[] {
  const tier = tierOf(model, tierId);
  if (tier === undefined) return [];
  return (Object.entries(tier.features) as [FeatureId, FeatureSpec][]).filter(([, spec]) => licensable(spec) && spec.timeBasedOnly !== true).map(([f, spec]) => choiceOf(f, spec));
}

/** Features a time-based key can carry on this model and tier. */
export function timeBasedChoices(model: UiModel, tierId: TierId | undefined): FeatureChoice[] {
  const tier = tierOf(model, tierId);
  if (tier === undefined || !model.timeBasedKeys) return [];
  return (Object.entries(tier.features) as [FeatureId, FeatureSpec][])
    .filter(([f, spec]) => licensable(spec) && catalog.features[f].timeBased !== 'not-time-based')
    .map(([f, spec]) => choiceOf(f, spec));
}

/** The value a new key gets for a feature: the first option, or the maximum of an "up to" feature. */
export function firstValue(choice: FeatureChoice): FeatureValue {
  return choice.options[0] ?? choice.upTo ?? choice.default;
}
