import type { Cite, FeatureId, FeatureValue, ModelId, PakModelId, TierId } from '../types';

/**
 * One row of a model's license table for one tier.
 *
 * - `default` is the value with no optional license ("Disabled" is `false`, or `0` peers;
 *   "No support" is `"unsupported"`).
 * - `options` are the optional license values printed in italics in the table.
 * - `upTo` is set where an optional license enables any amount up to a maximum
 *   (AnyConnect Plus/Apex "N maximum").
 * - `limit` is the platform limit that combined numeric values are capped at.
 */
export interface FeatureSpec {
  readonly default: FeatureValue;
  readonly options?: readonly FeatureValue[];
  readonly upTo?: number;
  readonly limit?: number;
  /** Only a time-based key can enable it (000: "There is no permanent Botnet Traffic Filter license"). */
  readonly timeBasedOnly?: boolean;
  readonly note?: string;
  readonly cite: Cite;
}

export type TierFeatures = Readonly<Partial<Record<FeatureId, FeatureSpec>>>;

export interface TierSpec {
  readonly id: TierId;
  readonly name: string;
  readonly features: TierFeatures;
}

export interface CatalogNote {
  readonly id: string;
  readonly text: string;
  readonly cite: Cite;
}

export interface PakModel {
  readonly id: PakModelId;
  readonly name: string;
  readonly family: string;
  readonly licensing: 'pak';
  readonly tiers: Readonly<Partial<Record<TierId, TierSpec>>>;
  /** 000 §"Time-Based Licenses": the 5506-X and 5506W-X take none. */
  readonly timeBasedKeys: boolean;
  /** 000 §"Model Guidelines": shared licenses are not supported on the 5506-X, 5508-X, 5516-X. */
  readonly sharedLicenses: boolean;
  readonly notes: readonly CatalogNote[];
  readonly cite: Cite;
}

/** The model kinds the engine knows; Smart models are added by their own module. */
export interface ModelSummary {
  readonly id: ModelId;
  readonly name: string;
  readonly family: string;
  readonly licensing: 'pak' | 'smart';
}
