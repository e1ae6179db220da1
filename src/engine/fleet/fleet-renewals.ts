// Everything that expires across a fleet, on calendar dates: the engine's lapses of each plan's
// running license (a key's expiry that lowers it, with its order-by day: 000 §"Time-Based License
// Expiration"), Secure Client term ends (002/003, renewal with its order-by date) and Smart
// evaluation periods ending (001 §"Evaluation mode"). Nothing here decides a date: it reads them off
// each plan's evaluation and sorts them.
import type { PlanAnalysis } from '../analyze-plan';
import { catalog } from '../catalog/index';
import { dateOfDay } from '../dates';
import type { Plan } from '../plan/schema';
import type { EvaluateResult } from '../result';
import type { FeatureValue } from '../types';

export type FleetRenewalKind = 'key-lapse' | 'secure-client' | 'smart-evaluation';

export interface FleetRenewal {
  /** The plan's index in the fleet. */
  plan: number;
  planName: string;
  site: string;
  kind: FleetRenewalKind;
  /** The calendar date of the expiry (the first day without it). */
  date: string;
  /** The date to order the renewal by; null where there is nothing to order (an evaluation ending). */
  orderBy: string | null;
  /** "AnyConnect Premium Peers 2500 → 0 (keys ac-1)", "Secure Client Plus "plus-2027" (500 users)". */
  what: string;
  /** What to order, where the documents name it. */
  order: string;
  cite: string;
}

const show = (v: FeatureValue): string => (v === true ? 'Enabled' : v === false ? 'Disabled' : String(v));

/** The plan's expiries on or after `asOfDay` and within its horizon, in date order. */
export function planRenewals(index: number, plan: Plan, analysis: PlanAnalysis, result: EvaluateResult, asOfDay: number): FleetRenewal[] {
  const base = { plan: index, planName: plan.name, site: plan.site ?? '' };
  const out: FleetRenewal[] = [];
  const within = (day: number) => day >= asOfDay && day <= plan.horizonDays;
  for (const l of analysis.lapses) {
    // Subscription ends (rules/subscription-renewals.ts) are listed below as Secure Client terms.
    if (!within(l.day) || l.subscription !== undefined) continue;
    const label = catalog.features[l.feature].label;
    out.push({
      ...base,
      kind: 'key-lapse',
      date: dateOfDay(plan.startDate, l.day),
      orderBy: dateOfDay(plan.startDate, l.orderByDay),
      what: `${label} ${show(l.from)} → ${show(l.to)} (key${l.keys.length === 1 ? '' : 's'} ${l.keys.join(', ')})`,
      order: `a time-based key for ${label}`,
      cite: '000 §"Time-Based License Expiration"',
    });
  }
  for (const r of result.secureClient?.renewals ?? []) {
    if (!within(r.endDay)) continue;
    out.push({
      ...base,
      kind: 'secure-client',
      date: dateOfDay(plan.startDate, r.endDay),
      orderBy: r.orderByDate,
      what: `Secure Client ${r.type === 'plus' ? 'Plus' : 'Apex'} "${r.license}" (${r.users} users) ends; last day ${r.lastDate}`,
      order: `${r.sku} × ${r.recommendedUsers ?? r.users} users`,
      cite: r.cite,
    });
  }
  for (const e of analysis.events) {
    if (e.type !== 'evaluation-expired' || !within(e.day) || e.message.startsWith('Secure Client')) continue;
    if (!e.unit || !plan.deployment.units.some((u) => u.id === e.unit && 'smart' in u)) continue;
    out.push({ ...base, kind: 'smart-evaluation', date: e.date, orderBy: null, what: e.message, order: 'register the unit with a Smart Account (regular, on-prem or PLR)', cite: e.cite ?? '001' });
  }
  return out;
}

export const byDate = (a: FleetRenewal, b: FleetRenewal): number => a.date.localeCompare(b.date) || (a.orderBy ?? '').localeCompare(b.orderBy ?? '') || a.plan - b.plan || a.what.localeCompare(b.what);

export interface RenewalMonth {
  /** YYYY-MM */
  month: string;
  'key-lapse': number;
  'secure-client': number;
  'smart-evaluation': number;
}

/** Counts per month from the first expiry's month to the last's, empty months included. */
export function renewalMonths(renewals: readonly FleetRenewal[]): RenewalMonth[] {
  if (renewals.length === 0) return [];
  const months = renewals.map((r) => r.date.slice(0, 7)).sort();
  const counts = new Map<string, RenewalMonth>();
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    counts.set(key, { month: key, 'key-lapse': 0, 'secure-client': 0, 'smart-evaluation': 0 });
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
