// Whether a number field's text can be applied, and if not, why in plain words with the allowed
// range. Pure, so the wording is tested without a browser (check-number-text.test.ts).
import { formatValue } from '../display/format-value';

export interface NumberRule {
  min?: number | undefined;
  max?: number | undefined;
  optional?: boolean | undefined;
  decimals?: boolean | undefined;
  /** The browser's `validity.badInput`: text a number field cannot read (e.g. "1e"). */
  badInput?: boolean | undefined;
}

function range(r: NumberRule): string {
  if (r.min !== undefined && r.max !== undefined) return `from ${formatValue(r.min)} to ${formatValue(r.max)}`;
  if (r.min !== undefined) return `of at least ${formatValue(r.min)}`;
  if (r.max !== undefined) return `of at most ${formatValue(r.max)}`;
  return '';
}

/** undefined when the text can be applied; otherwise the reason, ending with a full stop. */
export function checkNumberText(text: string, r: NumberRule): string | undefined {
  const kind = r.decimals ? 'a number' : 'a whole number';
  const allowed = [kind, range(r)].filter(Boolean).join(' ');
  const t = text.trim();
  if (t === '') {
    if (r.badInput) return `This is not a number: enter ${allowed}.`;
    return r.optional ? undefined : `A value is required: enter ${allowed}.`;
  }
  const n = Number(t);
  if (!Number.isFinite(n)) return `"${text}" is not a number: enter ${allowed}.`;
  if (!r.decimals && !Number.isInteger(n)) return `${text} is not a whole number: enter ${allowed}.`;
  if (r.max !== undefined && n > r.max) return `${formatValue(n)} is over the maximum of ${formatValue(r.max)}: enter ${allowed}.`;
  if (r.min !== undefined && n < r.min) return `${formatValue(n)} is under the minimum of ${formatValue(r.min)}: enter ${allowed}.`;
  return undefined;
}
