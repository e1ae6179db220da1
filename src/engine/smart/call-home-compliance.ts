// 001 §"Periodic Communication with the Smart Software Manager": the device renews its
// authorization every 30 days and, with the grace period, stays compliant for up to 90 days without
// calling home; after that it is out of compliance (001 §"Out-of-Compliance State": the ASA virtual
// is not affected; the others cannot change features requiring special licenses). The ID
// certificate is valid 1 year and renewed every 6 months (001 §"Device Registration and Tokens").
import { SMART_COMMUNICATION as C } from '../catalog/smart/communication';
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, PlanEvent, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import type { UnitEvent } from '../unit-timeline';
import type { Interval } from './intervals';
import { smartIssue } from './smart-issue';

export interface CallHomeCompliance {
  /** Stretches of days the unit is out of compliance for lack of communication. */
  outOfCompliance: Interval[];
  /** Stretches of days without contact that stay compliant: the first 90 days of each outage (the grace). */
  grace: Interval[];
  events: UnitEvent[];
  issues: Issue[];
}

type NoCallHome = Extract<PlanEvent, { type: 'no-call-home' }>;

export function callHomeCompliance(model: SmartModel, unit: SmartUnit, plan: Plan, registrationDay: number | null): CallHomeCompliance {
  const mine = plan.events
    .map((event, index) => ({ event, path: `events[${index}]` }))
    .filter((e): e is { event: NoCallHome; path: string } => e.event.type === 'no-call-home' && e.event.unit === unit.id);
  const out: CallHomeCompliance = { outOfCompliance: [], grace: [], events: [], issues: [] };
  if (mine.length === 0) return out;
  const at = (path: string, day: number) => ({ path, unit: unit.id, day });

  if (unit.smart.method === 'plr') {
    for (const { event, path } of mine) {
      out.issues.push(
        smartIssue(
          'info',
          'smart-plr-no-call-home',
          `${unit.id}: no contact with the license server from day ${event.day} for ${event.days} days has no effect: Permanent License Reservation does not need periodic access to the Smart Software Manager.`,
          CITE.plr,
          at(path, event.day),
        ),
      );
    }
    return out;
  }
  const periods: (Interval & { path: string })[] = [];
  for (const { event, path } of mine) {
    const from = Math.max(event.day, registrationDay ?? Number.POSITIVE_INFINITY);
    const to = event.day + event.days;
    if (registrationDay === null || to <= from) {
      out.issues.push(
        smartIssue(
          'info',
          'smart-no-call-home-unregistered',
          `${unit.id}: no contact from day ${event.day} for ${event.days} days falls before the unit is registered, so there is no authorization to renew.`,
          C.cite.periodic,
          at(path, event.day),
        ),
      );
      continue;
    }
    periods.push({ from, to, path });
  }
  for (const { from, to, path: pathFor } of mergeWithPath(periods)) {
    const length = to - from;
    out.grace.push({ from, to: Math.min(to, from + C.callHomeGraceDays) });
    out.events.push({ day: from, type: 'no-call-home', unit: unit.id, message: `${unit.id} cannot reach the license server for ${length} days`, cite: C.cite.periodic });
    for (let k = C.authorizationRenewalDays; k < C.callHomeGraceDays && from + k < to; k += C.authorizationRenewalDays) {
      out.events.push({
        day: from + k,
        type: 'renewal-due',
        unit: unit.id,
        message: `${unit.id}: authorization renewal (every ${C.authorizationRenewalDays} days) fails; ${C.callHomeGraceDays - k} days of the ${C.callHomeGraceDays}-day grace left`,
        cite: C.cite.periodic,
      });
    }
    const ooc = length > C.callHomeGraceDays;
    if (ooc) {
      const start = from + C.callHomeGraceDays;
      out.outOfCompliance.push({ from: start, to });
      out.events.push({
        day: start,
        type: 'out-of-compliance',
        unit: unit.id,
        message: `${unit.id}: ${C.callHomeGraceDays} days without calling home; out of compliance until contact returns. ${model.outOfCompliance.text}`,
        cite: `${C.cite.periodic}; ${model.outOfCompliance.cite}`,
      });
      out.issues.push(
        smartIssue(
          model.outOfCompliance.effect === 'none' ? 'info' : 'warning',
          'smart-call-home-out-of-compliance',
          `${unit.id}: no contact with the license server from day ${from} to day ${to} (${length} days) exceeds the ${C.callHomeGraceDays}-day grace; out of compliance from day ${start} to day ${to}. ${model.outOfCompliance.text}`,
          `${C.cite.periodic}; ${model.outOfCompliance.cite}`,
          at(pathFor, start),
        ),
      );
    } else {
      out.issues.push(
        smartIssue(
          'info',
          'smart-call-home-within-grace',
          `${unit.id}: ${length} days without contact from day ${from} stay within the ${C.callHomeGraceDays}-day grace (authorization normally renews every ${C.authorizationRenewalDays} days).`,
          C.cite.periodic,
          at(pathFor, from),
        ),
      );
    }
    out.events.push({
      day: to,
      type: 'call-home-restored',
      unit: unit.id,
      message: ooc ? `${unit.id} reaches the license server again and is back in compliance` : `${unit.id} reaches the license server again within the grace period`,
      cite: C.cite.periodic,
    });
    if (length > C.idCertificateRenewalDays) {
      out.issues.push(
        smartIssue(
          'warning',
          'smart-id-certificate-renewal',
          `${unit.id}: ${length} days without contact is longer than the ${C.idCertificateRenewalMonths}-month ID certificate renewal; the certificate is valid ${C.idCertificateValidDays} days from its last renewal, so it may lapse and the unit may need to re-register with a new token (001 does not state the consequence).`,
          C.cite.registration,
          at(pathFor, from),
        ),
      );
    }
  }
  return out;
}

/** Merge outages, keeping the path of the event that starts each merged one. */
function mergeWithPath(periods: (Interval & { path: string })[]): (Interval & { path: string })[] {
  const out: (Interval & { path: string })[] = [];
  for (const p of [...periods].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to) last.to = Math.max(last.to, p.to);
    else out.push({ ...p });
  }
  return out;
}
