// Everything that expires across a fleet: each plan's own renewal list (../renewals/renewal-list.ts,
// the one rule for what runs out and when to order it: time-based key lapses, 000 §"Time-Based
// License Expiration"; Secure Client terms, 002/003; Smart subscriptions and evaluation periods,
// 001 §"Evaluation License") with the plan's name and site, concatenated and sorted by date, then
// order-by date. Nothing here decides a date: the fleet only adds the plan and the as-of cut.
import type { Plan } from '../plan/schema';
import { RENEWAL_KINDS, renewalList } from '../renewals/renewal-list';
import type { RenewalEntry, RenewalKind, RenewalSource } from '../renewals/types';

export interface FleetRenewal extends RenewalEntry {
  /** The plan's index in the fleet. */
  plan: number;
  planName: string;
  site: string;
}

/** The plan's renewal list (the engine's) from `asOfDay` on, each entry named after its plan. */
export function planRenewals(index: number, plan: Plan, result: RenewalSource, asOfDay: number): FleetRenewal[] {
  const base = { plan: index, planName: plan.name, site: plan.site ?? '' };
  return renewalList(plan, result)
    .filter((e) => e.day >= asOfDay)
    .map((e) => ({ ...e, ...base }));
}

/** Date, then order-by date, then the plan's place in the fleet; within a plan the engine's own order (a stable sort). */
export const byDate = (a: FleetRenewal, b: FleetRenewal): number => a.date.localeCompare(b.date) || a.orderByDate.localeCompare(b.orderByDate) || a.plan - b.plan;

export type RenewalMonth = { month: string } & Record<RenewalKind, number>;

const emptyMonth = (month: string): RenewalMonth => ({ month, ...(Object.fromEntries(RENEWAL_KINDS.map((k) => [k.kind, 0])) as Record<RenewalKind, number>) });

/** Counts per month from the first expiry's month to the last's, empty months included. */
export function renewalMonths(renewals: readonly FleetRenewal[]): RenewalMonth[] {
  if (renewals.length === 0) return [];
  const months = renewals.map((r) => r.date.slice(0, 7)).sort();
  const counts = new Map<string, RenewalMonth>();
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    counts.set(key, emptyMonth(key));
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  for (const r of renewals) {
    const c = counts.get(r.date.slice(0, 7));
    if (c) c[r.kind] += 1;
  }
  return [...counts.values()];
}
