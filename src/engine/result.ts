// The shape of `evaluate` (../shared/spec/plan-format.md §"Result of evaluate"), extended.
import type { Cite, FeatureId, Issue, License } from './types';
import type { Provenance, TimelineEvent } from './timeline-event';
import type { SecureClientReport } from './secure-client/index';
import type { Lapse } from './rules/renewal-warnings';
import type { BomLine } from './smart/smart-bill-of-materials';

export type { BomLine };
export type { Provenance, TimelineEvent, TimelineEventType } from './timeline-event';

export type KeyStateName = 'active' | 'inactive' | 'expired';

/**
 * What an active key's timer does on the asked day: counting; waiting (a failover/cluster shared
 * countdown for an enabled/disabled feature that another unit's key leads, 000 §"How Failover or
 * ASA Cluster Licenses Combine"); paused (unit powered off on 9.x, or a link-down's time coming off
 * the primary); stopped (inactive, expired or not installed). The key table and the event list both read this.
 */
export type KeyTimer = 'counting' | 'waiting' | 'paused' | 'stopped';

export interface KeyStatus {
  unit: string;
  key: string;
  state: KeyStateName;
  remainingDays: number;
  /** The day the key was installed (for a stacked key: its own install day). */
  installDay: number;
  /** False before the install day. */
  installed: boolean;
  /** Whether the timer runs on the asked day (active, unit running or 8.x, not waiting for another unit). */
  counting: boolean;
  /** The timer's state in words both views share (see KeyTimer). */
  timer: KeyTimer;
  /** Projected expiry day if nothing else happens; absent when the key does not count down now. */
  expiresDay?: number;
  features: License;
  evaluation: boolean;
  /** For a key stacked onto an identical installed one: the id the merged key is reported under. */
  mergedInto?: string;
  /** For the merged key: the ids of the identical keys stacked onto it. */
  stacked?: string[];
}

/** A stretch of days [from, to) over which the combined running license does not change. */
export interface Segment {
  from: number;
  /** Exclusive; `null` when the license stays as it is for ever after. */
  to: number | null;
  running: License;
}

export interface EvaluateResult {
  valid: boolean;
  format: 'asa-license-plan/1';
  at: number;
  date?: string;
  issues: Issue[];
  running: License;
  units: Record<string, License>;
  provenance: { running: Partial<Record<FeatureId, Provenance>>; units: Record<string, Partial<Record<FeatureId, Provenance>>> };
  keys: KeyStatus[];
  timeline: { horizonDays: number; events: TimelineEvent[]; segments: Segment[] };
  /** Smart plans: the PIDs to order for the plan (001 §"License PIDs"). */
  billOfMaterials?: { lines: BomLine[]; issues: Issue[] };
  /** Every drop of the combined running license caused by an expiring key, with its order-by day. */
  renewals: Lapse[];
  /** A failover pair or cluster whose license requirements are not met on the asked day: since when, until when (null: to the end), and why (000 §"Failover License Requirements and Exceptions", §"ASA Cluster License Requirements and Exceptions"). */
  deploymentBroken?: { from: number; to: number | null; reasons: string[]; cite: Cite };
  /** Secure Client (AnyConnect) licensing: coverage, capacity, gaps, renewals (002, 003, 000). */
  secureClient?: SecureClientReport;
}
