// The fleet's expiries as an iCalendar file (RFC 5545), written with the renewal calendars' writer
// (renewals/ical-calendar.ts: escaping, folding, control characters dropped): an all-day "order by"
// reminder on the engine's order-by date (../renewals/renewal-list.ts), and the expiry day itself.
import { allDayEvent, calendarText, slug, UID_DOMAIN } from '../renewals/ical-calendar';
import { renewalKindLabel } from '../renewals/renewal-list';
import type { FleetRenewal } from './fleet-renewals';

const PRODID = '-//ASA License Planner//Fleet renewals//EN';

export interface FleetCalendarOptions {
  /** DTSTAMP as YYYYMMDDTHHMMSSZ; by default the first expiry's date at midnight, so the output is reproducible. */
  dtstamp?: string;
}

export function fleetCalendar(fleetName: string, renewals: readonly FleetRenewal[], options: FleetCalendarOptions = {}): string {
  const dtstamp = options.dtstamp ?? `${(renewals[0]?.date ?? '2000-01-01').replaceAll('-', '')}T000000Z`;
  const events = renewals.flatMap((r, i) => {
    const where = r.site ? ` (${r.site})` : '';
    const base = `fleet-${i}-${slug(r.planName, 60)}-${slug(r.id, 60)}`;
    const description = `${r.planName}${where}: ${renewalKindLabel(r.kind)}: ${r.what} runs out on ${r.date} (${r.detail}). Order by ${r.orderByDate}: ${r.order}.\nSource: ${r.cite}`;
    const expires = allDayEvent(`${base}-expires@${UID_DOMAIN}`, dtstamp, r.date, `${r.planName}${where}: ${r.what} runs out`, description);
    return [...allDayEvent(`${base}-order-by@${UID_DOMAIN}`, dtstamp, r.orderByDate, `Order by today: ${r.planName}${where}: ${r.what}`, description), ...expires];
  });
  return calendarText(PRODID, `${fleetName}: renewals`, events);
}
