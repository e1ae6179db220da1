// Parts of the result of `evaluate` (result.ts) that the rules and the Secure Client report build on:
// their own file so that result.ts, which gathers those reports, and the modules that make them do not
// import each other.
import type { Cite, FeatureId, FeatureValue } from './types';

export type TimelineEventType =
  | 'installed'
  | 'permanent-key'
  | 'stacked'
  | 'activated'
  | 'countdown-waiting'
  | 'countdown-started'
  | 'deactivated'
  | 'replaced'
  | 'activation-blocked'
  | 'expired'
  | 'auto-activated'
  | 'fallback-to-permanent'
  | 'power-off'
  | 'power-on'
  | 'link-down'
  | 'link-restored'
  | 'link-down-grace-ended'
  | 'no-call-home'
  | 'call-home-restored'
  | 'out-of-compliance'
  | 'evaluation-expired'
  | 'renewal-due'
  | 'license-started'
  | 'term-ended'
  | 'coverage-gap'
  | 'coverage-restored'
  | 'demand-exceeds-license'
  | 'legacy-replaced'
  | 'shared-license'
  | 'requirement-broken'
  | 'requirement-met'
  | 'horizon';

export interface TimelineEvent {
  day: number;
  /** Calendar date of `day` (startDate + day), YYYY-MM-DD. */
  date: string;
  type: TimelineEventType;
  unit?: string;
  key?: string;
  feature?: FeatureId;
  message: string;
  cite?: Cite;
}

/** Why a feature has its value: the key or unit it comes from and the rule applied. */
export interface Provenance {
  value: FeatureValue;
  source: 'model' | 'permanent' | 'time-based' | 'combined' | 'smart';
  /** The key ids (PAK) or entitlement names (Smart) that set the value. */
  keys?: string[];
  /** The units whose licenses were combined. */
  units?: string[];
  rule: string;
  /** The value before the platform limit capped it. */
  uncapped?: number;
  limit?: number;
  cite: Cite;
}
