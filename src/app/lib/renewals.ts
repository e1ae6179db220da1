// Renewals read off the engine's lapses (result.renewals): which drop of the running license comes
// when, when to order, and how urgent it is on the as-of day. The lapses and order-by days are the
// engine's; this file only arranges them and picks colours.
import { catalog } from '../../engine/catalog/index';
import type { EvaluateResult, FeatureId, Plan } from '../../engine/index';
import { DEFAULT_PURCHASE_LEAD_DAYS } from '../../engine/rules/renewal-warnings';
import { dayToDate } from './dates';
import { formatValue } from './format-value';
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

export interface RenewalRow {
  feature: FeatureId;
  label: string;
  day: number;
  date: string;
  orderByDay: number;
  orderByDate: string;
  /** "Enabled → Disabled" */
  change: string;
  keys: string[];
  /** A time-based-only feature switches off: a warning; other drops are informational. */
  severity: 'warning' | 'info';
  tone: Exclude<KeyTone, 'inactive'>;
  /** Days from the as-of day to the lapse (negative once past). */
  daysToLapse: number;
}

/** Lapses within the horizon, soonest first, as seen on the as-of day. */
export function renewalRows(result: Pick<EvaluateResult, 'renewals'>, plan: Pick<Plan, 'startDate' | 'horizonDays'>, asOfDay: number): RenewalRow[] {
  return result.renewals
    .filter((l) => l.day <= plan.horizonDays)
    .map((l) => ({
      feature: l.feature,
      label: catalog.features[l.feature].label,
      day: l.day,
      date: dayToDate(plan.startDate, l.day),
      orderByDay: l.orderByDay,
      orderByDate: dayToDate(plan.startDate, l.orderByDay),
      change: `${formatValue(l.from)} → ${formatValue(l.to)}`,
      keys: l.keys,
      severity: l.timeBasedOnly ? ('warning' as const) : ('info' as const),
      tone: lapseTone(l, asOfDay),
      daysToLapse: l.day - asOfDay,
    }))
    .sort((a, b) => a.day - b.day || a.label.localeCompare(b.label));
}

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
  return [...byDay]
    .sort(([a], [b]) => a - b)
    .map(([day, labels]) => ({ day, text: `Order by: ${[...labels].join(', ')}` }));
}
