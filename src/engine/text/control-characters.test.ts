import { describe, expect, it } from 'vitest';
import { escapeText } from '../secure-client/ical-text';
import { stripControlCharacters } from './control-characters';

const hostile = 'HQ\u0000 edge\u0007\u001b[31m pair\u007f\u0085\nnext';

describe('control characters never reach an exported text (issue 25)', () => {
  it('an .ics TEXT value holds no CONTROL character (RFC 5545 §3.1); the line break is escaped', () => {
    const text = escapeText(hostile);
    expect(text).toBe('HQ edge[31m pair\\nnext');
    expect(text).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  // A CSV cell's share of this (the app's): src/app/persistence/csv.test.ts.
  it('copied text keeps line breaks and tabs only', () => {
    expect(stripControlCharacters('a\tb\r\nc\u0001')).toBe('a\tb\r\nc');
    expect(stripControlCharacters('a\tb\r\nc\u0001', false)).toBe('abc');
  });
});
