// The renewal list as an iCalendar file (RFC 5545): one all-day event per entry on the day it runs
// out, with a reminder (VALARM, §3.6.6) that goes off on its order-by date. Cisco sends no renewal
// notice for Secure Client terms (002/003 §"Is there any proactive contract renewal notification? …"),
// and a time-based key only counts down on the ASA, so this is how the owner keeps track.
import type { Plan } from '../plan/schema';
import { escapeText } from '../secure-client/ical-text';
import { allDayEvent, calendarStamp, calendarText, slug, UID_DOMAIN } from './ical-calendar';
import { renewalKindLabel } from './renewal-list';
import type { RenewalEntry } from './types';

export interface RenewalCalendarOptions {
  /** DTSTAMP; the plan's start date at midnight UTC by default, so the output is reproducible. */
  dtstamp?: Date;
  /** Words for the calendar's name after the plan name ("renewals" by default). */
  title?: string;
}

const PRODID = '-//ASA License Planner//Renewals//EN';

function entryLines(plan: Plan, e: RenewalEntry, dtstamp: string): string[] {
  // §3.8.6.3: a trigger relative to the start of the (all-day) event; the order-by date is that many days earlier.
  const lead = e.day - e.orderByDay;
  const kind = renewalKindLabel(e.kind);
  const description = `${kind}: ${e.what} runs out on ${e.date} (${e.detail}). Order by ${e.orderByDate}: ${e.order}.\nSources: ${e.cite}`;
  const alarm = [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`Order by today (${e.orderByDate}): ${e.order} (${e.what} runs out on ${e.date})`)}`,
    `TRIGGER;RELATED=START:-P${lead}D`,
    'END:VALARM',
  ];
  return allDayEvent(`renewal-${slug(plan.name)}-${slug(e.id)}@${UID_DOMAIN}`, dtstamp, e.date, `Runs out: ${e.what}`, description, { categories: kind, inner: alarm });
}

export function renewalListCalendar(plan: Plan, entries: readonly RenewalEntry[], options: RenewalCalendarOptions = {}): string {
  const dtstamp = calendarStamp(plan.startDate, options.dtstamp);
  return calendarText(
    PRODID,
    `${plan.name}: ${options.title ?? 'renewals'}`,
    entries.flatMap((e) => entryLines(plan, e, dtstamp)),
  );
}
