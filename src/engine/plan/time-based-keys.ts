// A PAK unit's time-based keys (plan-format.md §"Plan"). zod's schema below is the rule; the list
// takes the common well-formed key by a plain test first (plain-first-list.ts).
// time-based-keys.test.ts checks the two agree on arbitrary input.
import { z } from 'zod';
import { day, duration, featureMap, id, isFeatureMap, isId, isWholeIn, LIMITS } from './fields';
import { plainFirstList } from './plain-first-list';

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

/** The key as `timeBasedKeySchema` outputs it, or null when the key is anything but plainly valid (zod then decides). */
export function plainlyValidKey(key: unknown): TimeBasedKey | null {
  if (typeof key !== 'object' || key === null || Object.getPrototypeOf(key) !== Object.prototype) return null;
  const k = key as Record<string, unknown>;
  for (const field in k) if (!KEY_FIELDS.has(field)) return null;
  const { id, features, days, installDay = 0, active = true, evaluation = false, note } = k;
  if (!isId(id)) return null;
  if (!isFeatureMap(features) || !isWholeIn(days, 1, LIMITS.maxDay) || !isWholeIn(installDay, 0, LIMITS.maxDay)) return null;
  if (typeof active !== 'boolean' || typeof evaluation !== 'boolean') return null;
  if (note === undefined) return 'note' in k ? null : { id, features, days, installDay, active, evaluation };
  if (typeof note !== 'string' || note.length > LIMITS.maxNameLength) return null;
  return { id, features, days, installDay, active, evaluation, note };
}

/** Behaves as `zodTimeBasedKeyList` (same output, same issues at the same paths). */
export const timeBasedKeyListSchema = plainFirstList(zodTimeBasedKeyList, LIMITS.maxKeysPerUnit, plainlyValidKey);
