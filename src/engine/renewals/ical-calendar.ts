// The one iCalendar (RFC 5545) writer for the renewal calendars (the plan's renewal list, the
// fleet's): the calendar around its events, and an all-day event. Text escaping and line folding
// are in secure-client/ical-text.ts.
import { dateOfDay } from '../dates';
import { escapeText, foldLine, icalDate } from '../secure-client/ical-text';

export const UID_DOMAIN = 'asa-license-planner.invalid';

/** Words for a UID: lower case, runs of other characters as one dash, at most `max` characters. */
export const slug = (s: string, max = Infinity): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max) || 'plan';

/** DTSTAMP (§3.8.7.2): `dtstamp`, or midnight UTC of `fallbackDate` (YYYY-MM-DD) so the output is reproducible. */
export function calendarStamp(fallbackDate: string, dtstamp: Date | undefined): string {
  if (dtstamp === undefined) return `${icalDate(fallbackDate)}T000000Z`;
  return `${dtstamp.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** An all-day VEVENT on `date` (DTEND the next day, §3.6.1); `categories` and `inner` components (a VALARM) when given. */
export function allDayEvent(uid: string, dtstamp: string, date: string, summary: string, description: string, extra: { categories?: string; inner?: string[] } = {}): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icalDate(date)}`,
    `DTEND;VALUE=DATE:${icalDate(dateOfDay(date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(extra.categories !== undefined ? [`CATEGORIES:${escapeText(extra.categories)}`] : []),
    'TRANSP:TRANSPARENT',
    ...(extra.inner ?? []),
    'END:VEVENT',
  ];
}

/** The VCALENDAR around `events`, every line folded to 75 octets, CRLF line ends (§3.1). */
export function calendarText(prodid: string, name: string, events: readonly string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodid}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, ...events, 'END:VCALENDAR'];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
