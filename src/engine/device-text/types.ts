// The importer's public shapes and the facts it reads off device output before building a plan.
import type { Plan } from '../plan/schema';
import type { FeatureId, FeatureValue, Issue, ModelId, TierId } from '../types';

/** An issue of the import; `line` (1-based) names the input line it is about. */
export interface ImportIssue extends Issue {
  line?: number;
}

/**
 * A non-blank input line that did not go into the plan.
 * `ignored`: the importer knows the line and leaves it out on purpose (device boilerplate, a
 * license the plan format does not model); `unrecognized`: the importer does not know it.
 */
export interface UnmappedLine {
  line: number;
  text: string;
  reason: string;
  kind: 'ignored' | 'unrecognized';
}

export interface ImportResult {
  /** The plan (format "asa-license-plan/1"), or null when an error issue says why there is none. */
  plan: Plan | null;
  unmapped: UnmappedLine[];
  issues: ImportIssue[];
}

export interface ImportOptions {
  /** Day 0 of the plan (YYYY-MM-DD), normally today: remaining days count from it. */
  startDate: string;
  /** The plan's name; by default one is made from the model and serial number. */
  name?: string;
}

/** One cleaned input line with its 1-based number in the original text. */
export interface SourceLine {
  line: number;
  text: string;
}

export type Duration = { kind: 'perpetual' } | { kind: 'days'; days: number } | { kind: 'none' };

export type RowValue =
  { kind: 'number'; n: number } | { kind: 'enabled' } | { kind: 'disabled' } | { kind: 'failover'; mode: 'active-standby' | 'active-active' } | { kind: 'unlimited' } | { kind: 'text'; text: string };

/** Where a feature row was printed. */
export type RowBlock = 'own' | 'combined' | 'key';

/** A `Label : value [perpetual | N days]` row mapped to a feature value. */
export interface FeatureObservation {
  line: number;
  text: string;
  label: string;
  feature: FeatureId;
  value: FeatureValue;
  duration: Duration;
  block: RowBlock;
}

export interface KeyListing {
  line: number;
  text: string;
  /** The five words of the activation key, when the device printed them. */
  hex?: string;
  /** The key id of a key this planner rendered (`Planned time-based key "id"`). */
  plannedId?: string;
  active: boolean;
  rows: FeatureObservation[];
}

export interface ModelClue {
  line: number;
  text: string;
  /** The exact model, or null when the line names only a family or an unsupported model. */
  model: ModelId | null;
  /** What the line says, for messages ("ASA5545", "FPR-2130"). */
  label: string;
  /** Models the clue is consistent with (a family clue names several). */
  candidates: readonly ModelId[];
  /** Set when the line names a model outside the catalog (ASA 5520, ASA 5505 …). */
  unsupported?: boolean;
}

export interface TierLine {
  line: number;
  text: string;
  tier: TierId | null;
  block: 'own' | 'combined';
}

export interface Located<T> {
  value: T;
  line: number;
  text: string;
}

export type SmartEntitlementName = 'standard' | 'contexts' | 'carrier' | 'security-plus' | 'strong-encryption' | 'throughput';

export interface SmartEntitlementClue {
  line: number;
  text: string;
  entitlement: SmartEntitlementName;
  /** Context count or throughput level, when the line gives one. */
  amount?: number | string;
}

export interface SmartFacts {
  seen: boolean;
  method?: Located<'regular' | 'plr' | 'evaluation' | 'unregistered'>;
  exportControlled?: Located<boolean>;
  entitlements: SmartEntitlementClue[];
}

/** Everything read off one device's output (one unit). */
export interface DeviceFacts {
  key: string;
  hostname?: string;
  role?: Located<'primary' | 'secondary'>;
  serial?: Located<string>;
  software?: Located<string>;
  contextMode?: Located<'multiple'>;
  memoryGB?: Located<number>;
  modelClues: ModelClue[];
  tierLines: TierLine[];
  own: FeatureObservation[];
  combined: FeatureObservation[];
  /** The line of the "Failover cluster licensed features" heading. */
  combinedHeading?: number;
  keys: KeyListing[];
  runningKeys: Located<{ hex: string; days?: number }>[];
  permanentKey?: Located<{ hex: string; allZero: boolean }>;
  /** Rows the block printed that the plan does not model but that matter for assumptions. */
  sharedPeers?: Located<number>;
  desDisabled?: Located<true>;
  failoverUp?: Located<true>;
  userContext?: Located<true>;
  smart: SmartFacts;
  issues: ImportIssue[];
}
