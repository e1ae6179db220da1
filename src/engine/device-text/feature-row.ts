// One row of a license listing: `Label : value [perpetual | N days]`, with the value typed.
import type { Duration, RowValue } from './types';

export interface ParsedRow {
  label: string;
  value: RowValue;
  duration: Duration;
}

// Written without lazy groups next to \s*, which backtrack quadratically on long runs of spaces.
const LABEL = /^\*?[A-Za-z0-9][A-Za-z0-9 /.\-&()]*$/;
const TRAILING_DURATION = /\s(perpetual|(\d{1,5})\s+days?)$/i;

export function parseRowValue(raw: string): RowValue {
  const v = raw.trim();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(v)) return { kind: 'number', n: Number(v.replace(/,/g, '')) };
  if (/^enabled$/i.test(v)) return { kind: 'enabled' };
  if (/^(disabled|no support|not supported)$/i.test(v)) return { kind: 'disabled' };
  if (/^active\/active$/i.test(v)) return { kind: 'failover', mode: 'active-active' };
  if (/^active\/standby$/i.test(v)) return { kind: 'failover', mode: 'active-standby' };
  if (/^unlimited$/i.test(v)) return { kind: 'unlimited' };
  return { kind: 'text', text: v };
}

/** Null when the line is not a `Label : value` row. */
export function parseRow(text: string): ParsedRow | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const label = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  if (rest === '' || !LABEL.test(label)) return null;
  let rawValue = rest;
  let duration: Duration = { kind: 'none' };
  const d = TRAILING_DURATION.exec(rest);
  if (d && d.index > 0) {
    rawValue = rest.slice(0, d.index).trim();
    duration = d[2] !== undefined ? { kind: 'days', days: Number(d[2]) } : { kind: 'perpetual' };
  }
  return { label, value: parseRowValue(rawValue), duration };
}

export function describeValue(value: RowValue): string {
  switch (value.kind) {
    case 'number':
      return String(value.n);
    case 'enabled':
      return 'Enabled';
    case 'disabled':
      return 'Disabled';
    case 'failover':
      return value.mode === 'active-active' ? 'Active/Active' : 'Active/Standby';
    case 'unlimited':
      return 'Unlimited';
    case 'text':
      return value.text;
  }
}
