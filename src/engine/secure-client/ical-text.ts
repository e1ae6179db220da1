// RFC 5545 text helpers: TEXT escaping (§3.3.11) and content-line folding (§3.1).
import { stripControlCharacters } from '../text/control-characters';

/** Escapes a TEXT value: backslash, semicolon, comma and newlines; other control characters are dropped (§3.1 CONTROL). */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return stripControlCharacters(escaped, false);
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

export const MAX_LINE_OCTETS = 75;

/** Folds a content line so no physical line exceeds 75 octets (continuations start with a space); never splits a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** A `YYYY-MM-DD` date as an iCalendar DATE (`YYYYMMDD`). */
export const icalDate = (isoDate: string): string => isoDate.replaceAll('-', '');
