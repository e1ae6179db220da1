// 001 §"ASA Virtual PIDs": "The ASAv100 is a subscription-based license, available in terms of 1
// year, 3 years, or 5 years." The term chosen is the bill of materials' (the shortest that covers the
// plan horizon, smart-bill-of-materials.ts subscriptionFor); it starts when the unit registers and
// requests the entitlement, and its end goes on the timeline with the order-by day for the renewal.
import { ASAV_SPEC } from '../catalog/smart/asav';
import { CITE } from '../catalog/smart/cites';
import { SMART_MODELS } from '../catalog/smart/index';
import type { Plan } from '../plan/schema';
import { dayAfterMonths } from '../dates';
import type { UnitEvent } from '../unit-timeline';
import { subscriptionFor } from './smart-bill-of-materials';
import { registrationDay } from './smart-unit-timeline';
import { smartUnits } from './unit-role';

export interface SubscriptionTerm {
  unit: string;
  pid: string;
  termYears: number;
  startDay: number;
  /** The first day no longer covered. */
  endDay: number;
  cite: string;
}

export function asavSubscriptionTerms(plan: Plan): SubscriptionTerm[] {
  const terms: SubscriptionTerm[] = [];
  for (const u of smartUnits(plan)) {
    const level = u.smart.entitlements.throughput;
    if (u.model !== 'asav' || level === undefined || u.smart.method === 'plr') continue;
    const start = registrationDay(SMART_MODELS.asav, u);
    if (start === null) continue;
    const chosen = subscriptionFor(ASAV_SPEC.throughput[level].pids, plan.horizonDays);
    if (chosen.termYears === undefined) continue;
    terms.push({ unit: u.id, pid: chosen.pid, termYears: chosen.termYears, startDay: start, endDay: dayAfterMonths(plan.startDate, start, chosen.termYears * 12), cite: CITE.pidsAsav });
  }
  return terms;
}

export function subscriptionEvents(terms: readonly SubscriptionTerm[], plan: Plan, leadDays: number): UnitEvent[] {
  const events: UnitEvent[] = [];
  for (const t of terms) {
    if (t.endDay > plan.horizonDays) continue;
    const orderBy = Math.max(0, t.endDay - leadDays);
    events.push({
      day: orderBy,
      type: 'renewal-due',
      unit: t.unit,
      message: `Order the ASAv100 subscription renewal (${t.pid}) for ${t.unit} before its ${t.termYears}-year term ends on day ${t.endDay}`,
      cite: t.cite,
    });
    events.push({
      day: t.endDay,
      type: 'term-ended',
      unit: t.unit,
      message: `${t.unit}: the ${t.termYears}-year ASAv100 subscription (${t.pid}) that started on day ${t.startDay} ends`,
      cite: t.cite,
    });
  }
  return events;
}
