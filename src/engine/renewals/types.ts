import type { EvaluateResult } from '../result';
import type { Cite, FeatureId } from '../types';

export type RenewalKind = 'time-based-key' | 'smart' | 'secure-client';

/** One thing that runs out, with the day to order its renewal by. */
export interface RenewalEntry {
  /** Stable across evaluations: kind, what and when ("secure-client:plus-1:365"). */
  id: string;
  kind: RenewalKind;
  /** What runs out, as the user names it ("Botnet Traffic Filter (fw-a/key-1)"). */
  what: string;
  /** What changes or how big it is. */
  detail: string;
  /** What to order. */
  order: string;
  /** The first day without it (plan day) and its calendar date. */
  day: number;
  date: string;
  /** The day to order by: `day` less the plan's purchase lead time (the engine's, never before day 0 for a key lapse). */
  orderByDay: number;
  orderByDate: string;
  /** A later license already in the plan that takes over, or null. */
  renewedBy: string | null;
  /** A warning when something switches off for lack of a renewal; info otherwise. */
  severity: 'warning' | 'info';
  /** The keys, licenses or units it is about. */
  refs: string[];
  /** The feature that drops (time-based keys). */
  feature?: FeatureId;
  cite: Cite;
}

/** What the list is read from: an EvaluateResult (any as-of day gives the same list). */
export type RenewalSource = Pick<EvaluateResult, 'renewals' | 'secureClient' | 'billOfMaterials'> & { timeline: Pick<EvaluateResult['timeline'], 'events'> };
