// What a plain test needs to know about a zod object schema, read from the schema itself: its field
// names, the default zod fills in for a field, a whole-number field's bounds. The plain tests of
// time-based-keys.ts and events.ts take their field lists, defaults and bounds from here, so the
// schema stays the one statement of the format (issue 23 item 3).
import type { z } from 'zod';

/** The field names of an object schema: what a plain test allows, nothing else. */
export const fieldsOf = (schema: z.ZodObject): ReadonlySet<string> => new Set(Object.keys(schema.shape));

/** The value zod fills in for a missing field (`.default(v)`): a fresh copy on each call, as zod's. */
export function defaultOf(field: z.ZodType): () => unknown {
  const def = field._zod.def as { type: string; defaultValue?: unknown };
  if (def.type !== 'default') throw new Error(`schema-fields: a field without a default (${def.type})`);
  const read = (): unknown => (field._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  // A number or boolean is read once; an object or array afresh each time, as zod hands out a copy.
  const value = read();
  return typeof value === 'object' && value !== null ? read : () => value;
}

/** The bounds of a whole-number field (`z.int().min(a).max(b)`, with or without a default), as a plain test. */
export function wholeNumberTest(field: z.ZodType): (v: unknown) => v is number {
  let inner = field as z.ZodType & { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  if ((inner._zod.def as { type: string }).type === 'default') inner = (inner._zod.def as unknown as { innerType: typeof inner }).innerType;
  const { minValue: min, maxValue: max, isInt } = inner;
  if (typeof min !== 'number' || typeof max !== 'number' || isInt !== true) throw new Error('schema-fields: not a bounded whole number');
  return (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}
