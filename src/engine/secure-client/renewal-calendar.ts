// The renewal dates as an iCalendar file (RFC 5545): an all-day "order by" reminder ahead of each term
// end, and the term's last day. Cisco sends no renewal notice (002/003 §"Is there any proactive contract
// renewal notification? …"), so this is how the owner keeps track.
import type { Plan } from '../plan/schema';
import { dateOfDay } from '../dates';
import { escapeText, foldLine, icalDate } from './ical-text';
import { DEFAULT_LEAD_DAYS } from './renewals';
import type { RenewalItem, SecureClientReport } from './types';

export interface CalendarOptions {
  /** Days between the "order by" reminder and the term end; 30 by default. */
  leadDays?: number;
  /** DTSTAMP; the plan's start date at midnight UTC by default, so the output is reproducible. */
  dtstamp?: Date;
}

const PRODID = '-//ASA License Planner//Secure Client renewals//EN';
const UID_DOMAIN = 'asa-license-planner.invalid';

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';

function stamp(plan: Plan, dtstamp: Date | undefined): string {
  if (dtstamp === undefined) return `${icalDate(plan.startDate)}T000000Z`;
  return `${dtstamp.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function allDayEvent(uid: string, dtstamp: string, date: string, summary: string, description: string): string[] {
  const next = dateOfDay(date, 1);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icalDate(date)}`,
    `DTEND;VALUE=DATE:${icalDate(next)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function renewalLines(plan: Plan, r: RenewalItem, leadDays: number, dtstamp: string): string[] {
  const tier = r.type === 'plus' ? 'Plus' : 'Apex';
  const orderBy = dateOfDay(plan.startDate, r.endDay - leadDays);
  const users = r.recommendedUsers ?? r.users;
  const base = `secure-client-${slug(plan.name)}-${r.license}-${icalDate(r.lastDate)}`;
  const planned = r.renewedBy !== null ? ` The plan renews it with ${r.renewedBy}.` : '';
  const description =
    `The Secure Client ${tier} term "${r.license}" (${r.users} users, ${r.termMonths} months) covers until ${r.lastDate}. ` +
    `Renew with ${r.sku} (whatever SKU the original was ordered under), for ${users} users; a banding term can start up to 60 days after the order, ` +
    `and no new key is installed on the ASA at renewal.${planned} Cisco sends no proactive renewal notice.\nSources: ${r.cite}`;
  return [
    ...allDayEvent(`${base}-order-by@${UID_DOMAIN}`, dtstamp, orderBy, `Order Secure Client ${tier} renewal: ${r.sku}, ${users} users (term "${r.license}" ends ${r.lastDate})`, description),
    ...allDayEvent(`${base}-last-day@${UID_DOMAIN}`, dtstamp, r.lastDate, `Secure Client ${tier} term "${r.license}" ends today (${r.users} users)`, description),
  ];
}

export function renewalCalendar(plan: Plan, report: SecureClientReport, options: CalendarOptions = {}): string {
  const leadDays = options.leadDays ?? DEFAULT_LEAD_DAYS;
  const dtstamp = stamp(plan, options.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${plan.name}: Secure Client renewals`)}`,
    ...report.renewals.flatMap((r) => renewalLines(plan, r, leadDays, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
