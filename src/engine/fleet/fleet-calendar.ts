// The fleet's expiries as an iCalendar file (RFC 5545), written with the Secure Client renewal
// calendar's event writer and text helpers (escaping, folding, control characters dropped): an
// all-day "order by" reminder on the engine's order-by date (../renewals/renewal-list.ts), and the expiry day itself.
import { allDayEvent } from '../secure-client/renewal-calendar';
import { escapeText, foldLine } from '../secure-client/ical-text';
import { renewalKindLabel } from '../renewals/renewal-list';
import type { FleetRenewal } from './fleet-renewals';

const PRODID = '-//ASA License Planner//Fleet renewals//EN';
const UID_DOMAIN = 'asa-license-planner.invalid';
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plan';

export interface FleetCalendarOptions {
  /** DTSTAMP as YYYYMMDDTHHMMSSZ; by default the first expiry's date at midnight, so the output is reproducible. */
  dtstamp?: string;
}

export function fleetCalendar(fleetName: string, renewals: readonly FleetRenewal[], options: FleetCalendarOptions = {}): string {
  const dtstamp = options.dtstamp ?? `${(renewals[0]?.date ?? '2000-01-01').replaceAll('-', '')}T000000Z`;
  const events = renewals.flatMap((r, i) => {
    const where = r.site ? ` (${r.site})` : '';
    const base = `fleet-${i}-${slug(r.planName)}-${slug(r.id)}`;
    const description = `${r.planName}${where}: ${renewalKindLabel(r.kind)}: ${r.what} runs out on ${r.date} (${r.detail}). Order by ${r.orderByDate}: ${r.order}.\nSource: ${r.cite}`;
    const expires = allDayEvent(`${base}-expires@${UID_DOMAIN}`, dtstamp, r.date, `${r.planName}${where}: ${r.what} runs out`, description);
    return [...allDayEvent(`${base}-order-by@${UID_DOMAIN}`, dtstamp, r.orderByDate, `Order by today: ${r.planName}${where}: ${r.what}`, description), ...expires];
  });
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(`${fleetName}: renewals`)}`, ...events, 'END:VCALENDAR'];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
