// The contract between the per-unit licensing engines (PAK keys, Smart entitlements) and the
// deployment evaluation: each unit's own license as contiguous stretches of days.
import type { Provenance, TimelineEvent } from './timeline-event';
import type { FeatureId, Issue, License } from './types';

export type FeatureProvenance = Partial<Record<FeatureId, Provenance>>;

/** A unit's own license over [from, to); `to` null means for ever after. */
export interface LicenseStretch {
  from: number;
  to: number | null;
  license: License;
  /** Why each feature has its value; may be a function so it is built only for the days asked about. */
  provenance: FeatureProvenance | (() => FeatureProvenance);
  /** The features that differ from the unit's previous stretch, as bits (rules/feature-mask.ts), when the engine knows them (absent: compare all). */
  changedMask?: number;
  /** The unit is powered off over this stretch. */
  poweredOff?: boolean;
  /** Smart: the unit is out of compliance over this stretch (no configuration changes to licensed features). */
  outOfCompliance?: boolean;
}

export type UnitEvent = Omit<TimelineEvent, 'date'>;

/**
 * When the units' stretches start, in day order: on days[j] unit units[j] (its index in the list of
 * units) moves on to its next stretch. The combination walks this instead of searching every unit's
 * list for the next change.
 */
export interface ChangeLog {
  days: number[];
  units: number[];
}

/** The change log of any lists of stretches (each ordered by start day). */
export function changeLogOf(lists: readonly (readonly LicenseStretch[])[]): ChangeLog {
  const starts: { day: number; unit: number }[] = [];
  lists.forEach((list, unit) => {
    for (const s of list) starts.push({ day: s.from, unit });
  });
  // Stable: one unit's stretches of the same day stay in their order.
  starts.sort((a, b) => a.day - b.day || a.unit - b.unit);
  return { days: starts.map((s) => s.day), units: starts.map((s) => s.unit) };
}

export interface UnitLicenseTimeline {
  unit: string;
  /** Ordered and contiguous, the first starting at day 0 and the last ending with `to: null`. */
  stretches: LicenseStretch[];
  events: UnitEvent[];
  issues: Issue[];
}

/** The index of the last item starting on or before `day` in a list ordered by start day (binary search; 0 if none). */
export function lastIndexStartingBy<T>(items: readonly T[], day: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(items[mid]!) <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The last item starting on or before `day` in a list ordered by start day (the first if none). */
export const lastStartingBy = <T>(items: readonly T[], day: number, startOf: (item: T) => number): T => items[lastIndexStartingBy(items, day, startOf)]!;

/** The stretch containing `day` (stretches are contiguous from 0). */
export const stretchAt = (stretches: readonly LicenseStretch[], day: number): LicenseStretch => lastStartingBy(stretches, day, (s) => s.from);

/** The provenance of a stretch, built on first use when it was left lazy. */
export function provenanceOf(stretch: { provenance: FeatureProvenance | (() => FeatureProvenance) }): FeatureProvenance {
  if (typeof stretch.provenance === 'function') stretch.provenance = stretch.provenance();
  return stretch.provenance;
}
