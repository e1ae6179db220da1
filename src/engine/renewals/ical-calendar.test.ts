// The renewal calendars' writer against RFC 5545: TEXT escaping (§3.3.11), 75-octet folding (§3.1),
// all-day events (§3.6.1), CRLF line ends.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../secure-client/ical-text';
import { allDayEvent, calendarStamp, calendarText, slug } from './ical-calendar';

describe('iCalendar writer', () => {
  it.each([
    ['a,b;c\\d\ne', 'a\\,b\\;c\\\\d\\ne'],
    ['plain', 'plain'],
  ])('escapeText(%j) = %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('foldLine keeps a 75-octet line whole and folds the 76th octet', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // A 3-octet character that would straddle the limit moves to the next line.
    expect(foldLine(`${'x'.repeat(74)}東`)).toBe(`${'x'.repeat(74)}\r\n 東`);
  });

  it('an all-day event ends the next day, with categories and an inner alarm in their places', () => {
    expect(allDayEvent('u@x', '20270104T000000Z', '2027-12-31', 'S; s', 'D', { categories: 'Key', inner: ['BEGIN:VALARM', 'END:VALARM'] })).toEqual([
      'BEGIN:VEVENT',
      'UID:u@x',
      'DTSTAMP:20270104T000000Z',
      'DTSTART;VALUE=DATE:20271231',
      'DTEND;VALUE=DATE:20280101',
      'SUMMARY:S\\; s',
      'DESCRIPTION:D',
      'CATEGORIES:Key',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'END:VALARM',
      'END:VEVENT',
    ]);
  });

  it('the calendar: VERSION, PRODID, an escaped name, CRLF after every line', () => {
    const ics = calendarText('-//P//EN', 'HQ, edge: renewals', []);
    expect(ics).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//P//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:HQ\\, edge: renewals\r\nEND:VCALENDAR\r\n');
  });

  it('DTSTAMP from a date at midnight UTC, or the moment given; slugs for UIDs', () => {
    expect(calendarStamp('2027-01-04', undefined)).toBe('20270104T000000Z');
    expect(calendarStamp('2027-01-04', new Date('2027-03-04T05:06:07Z'))).toBe('20270304T050607Z');
    expect(slug('  Zürich HQ / Pair 2 ')).toBe('z-rich-hq-pair-2');
    expect(slug('abcdef', 3)).toBe('abc');
    expect(slug('東京')).toBe('plan');
  });
});
