// A PAK unit's time-based keys (plan-format.md §"Plan"). zod's schema below is the rule. A plan
// carries hundreds of keys and zod does a payload, a result and several checks per field, so a
// plain test takes the common well-formed key first: it accepts a key only when every field is
// one zod certainly accepts, builds the same output, and hands every other key to zod, whose
// issues are used unchanged. time-based-keys.test.ts checks the two agree on arbitrary input.
import { z } from 'zod';
import { day, duration, featureMap, id, ID_PATTERN, isFeatureMap, LIMITS } from './fields';

export const timeBasedKeySchema = z.object({
  id,
  features: featureMap,
  days: duration,
  installDay: day.default(0),
  active: z.boolean().default(true),
  evaluation: z.boolean().default(false),
  note: z.string().max(LIMITS.maxNameLength).optional(),
});

type TimeBasedKey = z.output<typeof timeBasedKeySchema>;

/** The list as zod alone states it: what the list below must behave like, and what it defers to. */
export const zodTimeBasedKeyList = z.array(timeBasedKeySchema).max(LIMITS.maxKeysPerUnit);

const KEY_FIELDS = new Set(['id', 'features', 'days', 'installDay', 'active', 'evaluation', 'note']);
const isWholeIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The key as `timeBasedKeySchema` outputs it, or null when the key is anything but plainly valid (zod then decides). */
export function plainlyValidKey(key: unknown): TimeBasedKey | null {
  if (typeof key !== 'object' || key === null || Object.getPrototypeOf(key) !== Object.prototype) return null;
  const k = key as Record<string, unknown>;
  for (const field in k) if (!KEY_FIELDS.has(field)) return null;
  const { id, features, days, installDay = 0, active = true, evaluation = false, note } = k;
  if (typeof id !== 'string' || id.length < 1 || id.length > LIMITS.maxIdLength || !ID_PATTERN.test(id)) return null;
  if (!isFeatureMap(features) || !isWholeIn(days, 1, LIMITS.maxDay) || !isWholeIn(installDay, 0, LIMITS.maxDay)) return null;
  if (typeof active !== 'boolean' || typeof evaluation !== 'boolean') return null;
  if (note === undefined) return 'note' in k ? null : { id, features, days, installDay, active, evaluation };
  if (typeof note !== 'string' || note.length > LIMITS.maxNameLength) return null;
  return { id, features, days, installDay, active, evaluation, note };
}

/**
 * Behaves as `zodTimeBasedKeyList` (same output, same issues at the same paths) and is typed as it;
 * the cast is what lets a check stand in for z.array.
 */
export const timeBasedKeyListSchema = z.custom().check((payload) => {
  const list = payload.value;
  if (!Array.isArray(list) || list.length > LIMITS.maxKeysPerUnit) {
    const parsed = zodTimeBasedKeyList.safeParse(list);
    if (!parsed.success) payload.issues.push(...(parsed.error.issues as typeof payload.issues));
    return;
  }
  const out: TimeBasedKey[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const plain = plainlyValidKey(list[i]);
    if (plain) {
      out[i] = plain;
      continue;
    }
    const parsed = timeBasedKeySchema.safeParse(list[i]);
    if (parsed.success) out[i] = parsed.data;
    else for (const issue of parsed.error.issues) payload.issues.push({ ...issue, path: [i, ...issue.path] } as (typeof payload.issues)[number]);
  }
  payload.value = out;
}) as unknown as typeof zodTimeBasedKeyList;
