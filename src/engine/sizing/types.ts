// The sizing contract (../shared/spec/plan-format.md §"Sizing"): needs in, fits and models ruled out.
import type { FeatureId, FeatureValue, Issue } from '../types';

export const NEEDS_FORMAT = 'asa-license-needs/1';

export type Licensing = 'pak' | 'smart' | 'either';

export interface Needs {
  format: typeof NEEDS_FORMAT;
  deployment: { mode: 'standalone' } | { mode: 'failover'; failover: 'active-standby' | 'active-active' } | { mode: 'cluster'; units: number };
  licensing: Licensing;
  software?: string | undefined;
  contextMode?: 'single' | 'multiple' | undefined;
  termYears?: number | undefined;
  /** The minimum the combined running license must reach (numbers), be (strings), or enable (true). */
  features: Partial<Record<FeatureId, FeatureValue>>;
}

export interface OrderItem {
  pid: string;
  quantity: number;
  /** The feature or entitlement it is bought for, in words. */
  for: string;
  /** "3 years", "1095 days"; null for a permanent license. */
  term: string | null;
  cite: string;
  /** False when `pid` names a license option or key (the documents give no PID). */
  isPid: boolean;
}

export interface Fit {
  model: string;
  tier: string | null;
  licensing: 'pak' | 'smart';
  running: Partial<Record<FeatureId, FeatureValue>>;
  headroom: Partial<Record<FeatureId, number>>;
  order: OrderItem[];
  /** Purchases counted for the ranking: packs and licenses (a Secure Client user band counts once). */
  purchases: number;
  plan: unknown;
}

export interface Reason {
  feature: string;
  message: string;
  cite: string;
}

export interface RuledOut {
  model: string;
  tier: string | null;
  licensing: 'pak' | 'smart';
  reasons: Reason[];
}

export interface SizingResult {
  valid: boolean;
  issues: Issue[];
  fits: Fit[];
  ruledOut: RuledOut[];
}
