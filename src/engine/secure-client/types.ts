// The Secure Client (AnyConnect) report: what analyzeSecureClient returns and the evaluate result
// carries as `secureClient`. Plain JSON: numbers, strings, arrays, records.
import type { SecureClientLicense } from '../plan/schema';
import type { TimelineEvent, TimelineEventType } from '../timeline-event';
import type { Cite, Issue } from '../types';
import type { SharedLicensingResult } from './shared-licensing/types';

export type FleetRole = 'primary' | 'secondary' | 'standalone' | 'control' | 'data';

/** A unit of the deployment with its role, as the Secure Client rules compute it from the plan and the catalog. */
export interface FleetUnit {
  id: string;
  model: string;
  /** The model's AnyConnect maximum (the `anyconnect-peers` row's `upTo`); null when it has none. */
  maxAnyConnectPeers: number | null;
  role: FleetRole;
}

export type SecureClientLicenseType = SecureClientLicense['type'];

/** How a license is counted and how long it lasts. */
export type LicenseKind = 'term' | 'perpetual' | 'evaluation' | 'legacy';

export interface LicenseWindow {
  id: string;
  index: number;
  /** `secureClient.licenses[2]`. */
  path: string;
  type: SecureClientLicenseType;
  kind: LicenseKind;
  users: number | null;
  sessions: number | null;
  /** The headend a VPN Only (or legacy) license is bound to; null for the deployment-wide ones. */
  unit: string | null;
  startDay: number;
  /** Exclusive: the first day without this license; null for perpetual. */
  endDay: number | null;
  startDate: string;
  /** The last covered calendar date; null for perpetual. */
  lastDate: string | null;
  termMonths: number | null;
  /** Why the window starts where it does. */
  startBasis: 'start-day' | 'day-after-ship' | 'chosen-start';
  /** The part number this license is ordered as (003's spelling); null for the evaluation and the retired licenses. */
  sku: string | null;
  /** Legacy licenses end early when a new license replaces them on the same hardware. */
  replacedOnDay: number | null;
  cite: Cite;
}

/** A stretch of days [from, to) over which the licensed coverage does not change. */
export interface CoverageStretch {
  from: number;
  /** Exclusive; null when nothing changes after `from`. */
  to: number | null;
  /** Licensed Plus users (term + perpetual). */
  plusUsers: number;
  apexUsers: number;
  /** Plus + Apex: the unique users the deployment may serve. */
  totalUsers: number;
  /** VPN Only concurrent sessions per headend unit id. */
  vpnOnlySessions: Record<string, number>;
  /** An Apex evaluation is running. */
  evaluation: boolean;
  /** Ids of the licenses in force. */
  licenses: string[];
  /** Ids of the retired Essentials/Premium licenses still in force. */
  legacy: string[];
  /** AnyConnect peers each unit can run under the licenses in force. */
  peers: Record<string, number>;
  /** Sum of `peers` over the units that carry sessions. */
  runnablePeers: number;
  /** Demand in force over the stretch (after growth), when the plan gives it. */
  demandUsers: number | null;
  demandApexUsers: number | null;
}

export type ShortfallKind = 'no-coverage' | 'users-short' | 'apex-users-short' | 'sessions-short' | 'feature-unlicensed';

/** A run of days where the licenses in force do not cover the demand (or stop covering at all). */
export interface CoverageGap {
  kind: ShortfallKind;
  from: number;
  /** Exclusive; null when it lasts past the horizon. */
  to: number | null;
  /** How many users/sessions are missing (for no-coverage: the most users left without a license). */
  shortBy: number | null;
  feature?: string;
  /** Why a feature is not licensed. */
  note?: string;
  cite: Cite;
}

export interface UnitCapacity {
  unit: string;
  model: string;
  role: FleetRole;
  maxAnyConnectPeers: number | null;
  /** False for the standby of an Active/Standby pair: it only runs what it inherits after failover. */
  carriesSessions: boolean;
  /** Most peers the unit can run under any license of the plan (its model maximum, or a smaller VPN Only license). */
  peers: number;
  /** The VPN Only licenses this unit runs under (an Active/Standby standby runs its primary's). */
  vpnOnly: string[];
}

export interface RenewalItem {
  license: string;
  type: 'plus' | 'apex';
  users: number;
  termMonths: number;
  endDay: number;
  /** The last covered date. */
  lastDate: string;
  orderByDay: number;
  orderByDate: string;
  /** What to buy at renewal, whatever SKU the original was ordered under. */
  sku: 'L-AC-PLS-LIC=' | 'L-AC-APX-LIC=';
  /** A later license of the same tier that starts on or before the end day. */
  renewedBy: string | null;
  /** Days without this tier between this end and the next license of the tier (null when renewed or never). */
  gapDays: number | null;
  /** Users for a same-length renewal given the plan's demand and growth; null without demand. */
  recommendedUsers: number | null;
  cite: Cite;
}

export type SecureClientEventType = 'license-started' | 'term-ended' | 'coverage-gap' | 'coverage-restored' | 'demand-exceeds-license' | 'legacy-replaced';

/** A timeline event without its date (analyze-plan.ts adds `date` when it merges the events into the timeline). */
export type SecureClientTimelineEvent = Omit<TimelineEvent, 'date' | 'type'> & { type: TimelineEventType | SecureClientEventType };

/** Where the sources disagree: both readings, shown to the user. */
export interface SourceNote {
  id: string;
  text: string;
  cite: Cite;
}

export interface SecureClientDemand {
  uniqueUsers: number | null;
  apexUsers: number | null;
  peakConcurrent: number | null;
  unattendedDevices: number;
  growthPercentPerYear: number;
  features: string[];
}

export interface SecureClientReport {
  licenses: LicenseWindow[];
  stretches: CoverageStretch[];
  gaps: CoverageGap[];
  units: UnitCapacity[];
  /** Sum of maxAnyConnectPeers over the units that carry sessions. */
  hardwareCapacity: number;
  demand: SecureClientDemand;
  renewals: RenewalItem[];
  issues: Issue[];
  events: SecureClientTimelineEvent[];
  notes: SourceNote[];
  /** The legacy shared-licensing simulation, when the plan describes one. */
  shared?: SharedLicensingResult;
}
