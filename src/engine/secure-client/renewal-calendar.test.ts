// The renewal calendar against RFC 5545: CRLF, 75-octet folding, escaping, UID, DTSTAMP, all-day dates.
import { describe, expect, it } from 'vitest';
import { analyzeSecureClient } from './analyze-secure-client';
import { escapeText, foldLine } from './ical-text';
import { renewalCalendar } from './renewal-calendar';
import { scPlan, unit } from '../test-support/secure-client-fixtures';

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;
const unfold = (text: string): string[] => text.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');
const unescape = (v: string): string => v.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');

function calendar(name: string, options: Parameters<typeof renewalCalendar>[2] = {}): string {
  const p = scPlan({
    name,
    licenses: [
      { id: 'plus-1', type: 'plus', users: 873, termMonths: 30 },
      { id: 'apex-1', type: 'apex', users: 200, termMonths: 36 },
    ],
    demand: { uniqueUsers: 1000, apexUsers: 150 },
  });
  return renewalCalendar(p, analyzeSecureClient(p, [unit('fw-a', 2500)]), options);
}

describe('renewalCalendar', () => {
  const ics = calendar('HQ; edge, pair — Zürich \\ 東京 office with a long name that must be folded across lines');

  it('uses CRLF line endings only and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every physical line to at most 75 octets without splitting a character', () => {
    const lines = ics.split('\r\n');
    for (const line of lines) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
  });

  it('has one VCALENDAR with VERSION and PRODID, and two all-day events per term', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('puts the order-by reminder 30 days before the term end and the last day on its date', () => {
    const lines = unfold(ics);
    // plus-1: 30 months from 2027-01-01 ends 2029-07-01 (last day 2029-06-30); order by 2029-06-01.
    expect(lines).toContain('DTSTART;VALUE=DATE:20290601');
    expect(lines).toContain('DTEND;VALUE=DATE:20290602');
    expect(lines).toContain('DTSTART;VALUE=DATE:20290630');
    // apex-1: 36 months, last day 2029-12-31; order by 2029-12-02.
    expect(lines).toContain('DTSTART;VALUE=DATE:20291202');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(Array(4).fill('DTSTAMP:20270101T000000Z'));
  });

  it('takes a lead time and a DTSTAMP', () => {
    const lines = unfold(calendar('x', { leadDays: 60, dtstamp: new Date('2027-03-04T05:06:07Z') }));
    expect(lines).toContain('DTSTART;VALUE=DATE:20290502');
    expect(lines).toContain('DTSTAMP:20270304T050607Z');
  });

  it('gives every event a distinct UID', () => {
    const uids = unfold(ics).filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(4);
  });

  it('escapes TEXT values and round-trips them', () => {
    const name = unfold(ics).find((l) => l.startsWith('X-WR-CALNAME:'))?.slice('X-WR-CALNAME:'.length) ?? '';
    expect(name).toContain('HQ\\; edge\\, pair');
    expect(unescape(name)).toBe('HQ; edge, pair — Zürich \\ 東京 office with a long name that must be folded across lines: Secure Client renewals');
    const summary = unfold(ics).find((l) => l.startsWith('SUMMARY:Order Secure Client Plus'));
    expect(summary).toContain('L-AC-PLS-LIC=\\, ');
  });

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
});
