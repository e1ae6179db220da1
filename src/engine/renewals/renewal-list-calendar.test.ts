// The renewal list's .ics (RFC 5545): one all-day VEVENT per entry on the day it runs out, a VALARM
// that goes off on the order-by date, CRLF, folding, escaping, no control characters.
import { describe, expect, it } from 'vitest';
import { dateOfDay } from '../dates';
import { evaluatePlan } from '../evaluate';
import type { Plan } from '../plan/schema';
import { renewalListCalendar } from './renewal-list-calendar';
import { renewalList } from './renewal-list';
import { pakWithSecureClient, smartPlan } from './test-plans';

const unfold = (text: string): string[] =>
  text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter((l) => l !== '');
const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

interface ParsedEvent {
  start: string;
  summary: string;
  alarmTrigger: string;
  alarmAction: string;
}

/** The VEVENTs with their start date and the date their VALARM goes off (a relative trigger, §3.8.6.3). */
function events(ics: string): (ParsedEvent & { alarmDate: string })[] {
  const out: (ParsedEvent & { alarmDate: string })[] = [];
  let current: Partial<ParsedEvent> | null = null;
  let inAlarm = false;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (line === 'END:VEVENT' && current) {
      const e = current as ParsedEvent;
      const start = `${e.start.slice(0, 4)}-${e.start.slice(4, 6)}-${e.start.slice(6, 8)}`;
      const days = Number(/^-P(\d+)D$/.exec(e.alarmTrigger)?.[1]);
      out.push({ ...e, alarmDate: dateOfDay(start, -days) });
      current = null;
    } else if (current) {
      if (line.startsWith('DTSTART;VALUE=DATE:')) current.start = line.slice(19);
      else if (line.startsWith('SUMMARY:')) current.summary = line.slice(8);
      else if (inAlarm && line.startsWith('TRIGGER;RELATED=START:')) current.alarmTrigger = line.slice(22);
      else if (inAlarm && line.startsWith('ACTION:')) current.alarmAction = line.slice(7);
    }
  }
  return out;
}

const calendarOf = (plan: Plan): string => renewalListCalendar(plan, renewalList(plan, evaluatePlan(plan)));

describe('renewalListCalendar', () => {
  const ics = calendarOf(pakWithSecureClient());

  it('has one VEVENT per entry on the day it runs out, with a reminder on its order-by date', () => {
    expect(events(ics).map((e) => [e.start, e.alarmDate, e.alarmAction])).toEqual([
      ['20270720', '2027-06-20', 'DISPLAY'],
      // The 365-day Botnet key installed on the plan start: out on 1 Jan 2028, reminder on 2 Dec 2027.
      ['20280101', '2027-12-02', 'DISPLAY'],
      ['20280101', '2027-12-02', 'DISPLAY'],
      ['20300101', '2029-12-02', 'DISPLAY'],
    ]);
    expect(events(ics)[1]?.summary).toBe('Runs out: Botnet Traffic Filter (fw-a/btf-1)');
    expect(unfold(ics)).toContain('TRIGGER;RELATED=START:-P30D');
  });

  it('moves the reminder with the purchase lead time, never before the plan start for a key', () => {
    const plan = pakWithSecureClient({ purchaseLeadDays: 250 });
    // The contexts key lapses on day 200: ordering 250 days ahead is day 0 at the earliest (the engine's).
    expect(events(calendarOf(plan)).map((e) => e.alarmDate)).toEqual(['2027-01-01', '2027-04-26', '2027-04-26', '2029-04-26']);
  });

  it('takes the Smart subscription too', () => {
    expect(events(calendarOf(smartPlan())).map((e) => [e.start, e.alarmDate])).toEqual([['20300131', '2030-01-01']]);
  });

  it('is well formed: CRLF, VCALENDAR with VERSION and PRODID, lines folded to 75 octets, distinct UIDs', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    const uids = unfold(ics).filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(4);
    expect(unfold(ics).filter((l) => l === 'BEGIN:VALARM')).toHaveLength(4);
  });

  it('strips control characters and escapes TEXT (RFC 5545 §3.1, §3.3.11)', () => {
    const plan = { ...pakWithSecureClient(), name: 'HQ\u0007; edge,\u001b pair' };
    const text = calendarOf(plan);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
    expect(unfold(text)).toContain('X-WR-CALNAME:HQ\\; edge\\, pair: renewals');
  });

  it('is an empty calendar for a plan with nothing that runs out', () => {
    const plan = {
      ...pakWithSecureClient(),
      secureClient: undefined,
      deployment: { ...pakWithSecureClient().deployment, units: [{ ...pakWithSecureClient().deployment.units[0]!, timeBased: [] }] },
    } as Plan;
    expect(unfold(calendarOf(plan)).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(0);
  });
});
