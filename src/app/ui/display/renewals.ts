// Renewal colours and the order-by markers, read off the engine's dates: how urgent a renewal is on
// the as-of day (the one Renewals list itself: renewal-list.ts).
import { catalog } from '../../../engine/catalog/index';
import type { EvaluateResult, FeatureId, Plan } from '../../../engine/index';
import { DEFAULT_PURCHASE_LEAD_DAYS } from '../../../engine/rules/renewal-warnings';
import type { KeyTone } from './timeline-data';

/** A drop of the combined running license when a key expires (the engine's `Lapse`). */
export type Lapse = EvaluateResult['renewals'][number];

/** The plan's purchase lead time: days between ordering a renewal and having its key. */
export const leadDaysOf = (plan: Pick<Plan, 'purchaseLeadDays'>): number => plan.purchaseLeadDays ?? DEFAULT_PURCHASE_LEAD_DAYS;

export { DEFAULT_PURCHASE_LEAD_DAYS };

/**
 * The same colours as the keys: expired once the lapse day has come, near once the order-by day
 * has come (the lapse is within the lead time), ok before.
 */
export function lapseTone(lapse: Pick<Lapse, 'day' | 'orderByDay'>, asOfDay: number): Exclude<KeyTone, 'inactive'> {
  if (asOfDay >= lapse.day) return 'expired';
  if (asOfDay >= lapse.orderByDay) return 'near';
  return 'ok';
}

export const LAPSE_STATUS: Record<Exclude<KeyTone, 'inactive'>, string> = {
  expired: 'lapsed',
  near: 'order now',
  ok: 'upcoming',
};

export interface OrderByMarker {
  day: number;
  /** The features to order for on that day, for the marker's tooltip. */
  text: string;
}

/** One "order by" marker per day within the horizon; only the given feature's when one is named. */
export function orderByMarkers(lapses: readonly Lapse[], horizon: number, feature?: FeatureId): OrderByMarker[] {
  const byDay = new Map<number, Set<string>>();
  for (const l of lapses) {
    if (l.orderByDay > horizon || (feature !== undefined && l.feature !== feature)) continue;
    const set = byDay.get(l.orderByDay) ?? new Set<string>();
    set.add(catalog.features[l.feature].label);
    byDay.set(l.orderByDay, set);
  }
  return [...byDay].sort(([a], [b]) => a - b).map(([day, labels]) => ({ day, text: `Order by: ${[...labels].join(', ')}` }));
}
