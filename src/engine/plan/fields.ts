// The field rules every part of the plan schema shares (plan-format.md §"Plan").
import { z } from 'zod';
import { isRealCalendarDate } from '../dates';
import { ID_PATTERN, LIMITS } from './limits';

export { ID_PATTERN, LIMITS };

export const id = z.string().min(1).max(LIMITS.maxIdLength).regex(ID_PATTERN, 'must start with a letter or digit and use only letters, digits, ".", "_", ":" or "-"');

/** What `id` accepts, as a plain test. */
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.maxIdLength && ID_PATTERN.test(v);
/** A whole number from min to max: what `z.int().min(min).max(max)` accepts, as a plain test. */
export const isWholeIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export const day = z.int().min(0).max(LIMITS.maxDay);
export const duration = z.int().min(1).max(LIMITS.maxDay);

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = isRealCalendarDate;
/**
 * The calendar a plan may use: every day of its span (up to LIMITS.maxDay after the start, plus
 * Secure Client terms) must be a four-digit-year date the calendar and the .ics format; a start
 * near year 9999 gave dates like "+010099-12" (issue 25).
 */
export const DATE_RANGE = { min: '1900-01-01', max: '9800-12-31' } as const;
const inDateRange = (s: string): boolean => s >= DATE_RANGE.min && s <= DATE_RANGE.max;
export const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a calendar date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date')
  .refine(inDateRange, `must be from ${DATE_RANGE.min} to ${DATE_RANGE.max} (every date of the plan's span must be a calendar date)`);

const MAX_FEATURE_ID = 64;
const MAX_FEATURE_TEXT = 32;
const isFeatureValue = (v: unknown): v is number | boolean | string =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || (typeof v === 'string' && v.length <= MAX_FEATURE_TEXT);
const isMapShape = (map: unknown): map is Record<string, unknown> => typeof map === 'object' && map !== null && !Array.isArray(map);
/** What is wrong with one entry of a feature map, or null. */
function featureEntryProblem(key: string, value: unknown): string | null {
  if (key.length > MAX_FEATURE_ID) return `is not a feature id (longer than ${MAX_FEATURE_ID} characters)`;
  if (!isFeatureValue(value)) return `must be a number, true/false or a text of at most ${MAX_FEATURE_TEXT} characters`;
  return null;
}

/** True when `featureMap` accepts the value (it then passes through unchanged). */
export function isFeatureMap(map: unknown): map is Record<string, number | boolean | string> {
  if (!isMapShape(map)) return false;
  for (const key in map) if (featureEntryProblem(key, map[key]) !== null) return false;
  return true;
}

/**
 * Feature id → value. Feature ids are checked against the catalog in validate-pak-unit.ts
 * (rules/feature-values.ts), so the message can name the model. One check over the object instead of z.record: a 640-key plan parses
 * several times faster, and each bad value still gets its own path.
 */
export const featureMap = z.custom<Record<string, number | boolean | string>>().check((payload) => {
  // One plain check (not z.custom(fn).superRefine): superRefine builds a closure on every value.
  const map = payload.value as unknown;
  if (!isMapShape(map)) {
    payload.issues.push({ code: 'custom', message: 'must be an object of feature ids and values', input: map });
    return;
  }
  for (const key in map) {
    const problem = featureEntryProblem(key, map[key]);
    if (problem !== null) payload.issues.push({ code: 'custom', message: problem, path: [key], input: map[key] });
  }
});
