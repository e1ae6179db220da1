// What runs out on Smart-licensed units, read off the engine's results: the ASAv100 subscriptions of
// the bill of materials and the evaluation periods that end before a unit registers. The ID
// certificate (renewed every 6 months) and the authorization (every 30 days) renew themselves while
// the unit calls home (001 §"Device Registration and Tokens", §"Periodic Communication with the Smart
// Software Manager"): nothing to order, so they are not listed.
import { CITE } from '../catalog/smart/cites';
import { SMART_MODELS } from '../catalog/smart/index';
import { dateOfDay } from '../dates';
import type { Plan, SmartUnit } from '../plan/schema';
import { dayAfterMonths } from '../dates';
import { registrationDay } from '../smart/smart-unit-timeline';
import { smartUnits } from '../smart/unit-role';
import type { RenewalEntry, RenewalSource } from './types';

function entry(plan: Plan, fields: Omit<RenewalEntry, 'kind' | 'date' | 'orderByDay' | 'orderByDate' | 'renewedBy'>, leadDays: number): RenewalEntry {
  const orderByDay = Math.max(0, fields.day - leadDays);
  return { ...fields, kind: 'smart', date: dateOfDay(plan.startDate, fields.day), orderByDay, orderByDate: dateOfDay(plan.startDate, orderByDay), renewedBy: null };
}

/**
 * 001 §"ASA Virtual PIDs": "The ASAv100 is a subscription-based license, available in terms of 1 year,
 * 3 years, or 5 years." The term is the one the bill of materials chose; it runs from the day the unit
 * registers (when its entitlements take effect), for that many calendar years.
 */
function subscriptionEntries(plan: Plan, result: RenewalSource, units: ReadonlyMap<string, SmartUnit>, leadDays: number): RenewalEntry[] {
  const out: RenewalEntry[] = [];
  for (const line of result.billOfMaterials?.lines ?? []) {
    if (line.termYears === undefined) continue;
    for (const id of line.units ?? (line.unit !== undefined ? [line.unit] : [])) {
      const unit = units.get(id);
      if (!unit) continue;
      const start = registrationDay(SMART_MODELS[unit.model], unit);
      if (start === null) continue;
      const end = dayAfterMonths(plan.startDate, start, line.termYears * 12);
      out.push(
        entry(
          plan,
          {
            id: `smart-subscription:${id}:${line.pid}`,
            what: `ASAv100 subscription of ${id} (${line.pid})`,
            detail: `${line.termYears}-year term from ${dateOfDay(plan.startDate, start)}, last day ${dateOfDay(plan.startDate, end - 1)}`,
            order: `a new ASAv100 subscription (L-ASAV100S-1Y=, -3Y= or -5Y=) for ${id}`,
            day: end,
            severity: 'warning',
            refs: [id],
            cite: CITE.pidsAsav,
          },
          leadDays,
        ),
      );
    }
  }
  return out;
}

/** 001 §"Evaluation License": 90 days of use, then out of compliance until the unit registers. */
function evaluationEntries(plan: Plan, result: RenewalSource, units: ReadonlyMap<string, SmartUnit>, leadDays: number): RenewalEntry[] {
  const out: RenewalEntry[] = [];
  for (const e of result.timeline.events) {
    if (e.type !== 'evaluation-expired' || e.unit === undefined || e.key !== undefined || !units.has(e.unit)) continue;
    const days = SMART_MODELS[units.get(e.unit)!.model].evaluation?.days;
    out.push(
      entry(
        plan,
        {
          id: `smart-evaluation:${e.unit}:${e.day}`,
          what: `Evaluation period of ${e.unit}`,
          detail: `the ${days ?? ''} days of evaluation use are over: out of compliance until it registers`,
          order: `the Smart licenses for ${e.unit}, then register it`,
          day: e.day,
          severity: 'warning',
          refs: [e.unit],
          cite: e.cite ?? CITE.evaluation,
        },
        leadDays,
      ),
    );
  }
  return out;
}

export function smartRenewalEntries(plan: Plan, result: RenewalSource, leadDays: number): RenewalEntry[] {
  const units = new Map(smartUnits(plan).map((u) => [u.id, u]));
  if (units.size === 0) return [];
  return [...subscriptionEntries(plan, result, units, leadDays), ...evaluationEntries(plan, result, units, leadDays)];
}
