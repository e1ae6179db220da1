// Device output as the terminal showed it: CRLF, pager prompts, carriage-return overwrites,
// backspaces and colour codes removed, line numbers kept.
import type { SourceLine } from './types';

/** Largest input read: a full `show tech-support` is bigger, the license commands are far smaller. */
export const MAX_INPUT_CHARS = 1_048_576;
/** Longer lines are not license output; they are listed as unrecognized without being parsed. */
export const MAX_LINE_CHARS = 1_000;

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const PAGER = /<-+\s*More\s*-+>|--More--/gi;

function applyBackspaces(text: string): string {
  if (!text.includes('\b')) return text;
  const out: string[] = [];
  for (const ch of text) {
    if (ch === '\b') out.pop();
    else out.push(ch);
  }
  return out.join('');
}

/** A terminal line after a bare carriage return shows what was written last. */
function afterCarriageReturns(text: string): string {
  const parts = text.split('\r').filter((p) => p.trim() !== '');
  return parts.length === 0 ? '' : parts[parts.length - 1]!;
}

export function cleanLine(raw: string): string {
  const text = afterCarriageReturns(applyBackspaces(raw.replace(ANSI, '')));
  return text.replace(PAGER, '').replace(/\t/g, '    ').trimEnd();
}

/**
 * A bare CR between two rows (a line break the terminal log kept as CR alone) keeps both rows,
 * under the same line number; a CR after a pager prompt only overwrites the prompt (issue 25).
 */
function splitBareCarriageReturns(raw: string, line: number): SourceLine[] {
  const body = raw.replace(/\r+$/, '');
  if (!body.includes('\r')) return [{ line, text: cleanLine(raw) }];
  const parts = body
    .split('\r')
    .map(cleanLine)
    .filter((p) => p.trim() !== '');
  return parts.length <= 1 ? [{ line, text: cleanLine(raw) }] : parts.map((text) => ({ line, text }));
}

export function normalizeLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).flatMap((raw, i) => splitBareCarriageReturns(raw, i + 1));
}
