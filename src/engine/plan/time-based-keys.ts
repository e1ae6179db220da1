// A PAK unit's time-based keys (plan-format.md §"Plan"). zod's schema below is the rule; the list
// takes the common well-formed key by a plain test first (plain-first-list.ts).
// time-based-keys.test.ts checks the two agree on arbitrary input.
import { z } from 'zod';
import { day, duration, featureMap, id, isFeatureMap, isId, LIMITS } from './fields';
import { plainFirstList } from './plain-first-list';
import { defaultOf, fieldsOf, wholeNumberTest } from './schema-fields';

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

// The plain test's fields, defaults and bounds, read from the schema above (schema-fields.ts).
const S = timeBasedKeySchema.shape;
const KEY_FIELDS = fieldsOf(timeBasedKeySchema);
const isDays = wholeNumberTest(S.days);
const isInstallDay = wholeNumberTest(S.installDay);
const DEFAULT_INSTALL_DAY = defaultOf(S.installDay);
const DEFAULT_ACTIVE = defaultOf(S.active);
const DEFAULT_EVALUATION = defaultOf(S.evaluation);
const MAX_NOTE = S.note.unwrap().maxLength ?? 0;

/** The key as `timeBasedKeySchema` outputs it, or null when the key is anything but plainly valid (zod then decides). */
export function plainlyValidKey(key: unknown): TimeBasedKey | null {
  if (typeof key !== 'object' || key === null || Object.getPrototypeOf(key) !== Object.prototype) return null;
  const k = key as Record<string, unknown>;
  for (const field in k) if (!KEY_FIELDS.has(field)) return null;
  const { id, features, days, note } = k;
  const installDay = k.installDay === undefined ? DEFAULT_INSTALL_DAY() : k.installDay;
  const active = k.active === undefined ? DEFAULT_ACTIVE() : k.active;
  const evaluation = k.evaluation === undefined ? DEFAULT_EVALUATION() : k.evaluation;
  if (!isId(id)) return null;
  if (!isFeatureMap(features) || !isDays(days) || !isInstallDay(installDay)) return null;
  if (typeof active !== 'boolean' || typeof evaluation !== 'boolean') return null;
  if (note === undefined) return 'note' in k ? null : { id, features, days, installDay, active, evaluation };
  if (typeof note !== 'string' || note.length > MAX_NOTE) return null;
  return { id, features, days, installDay, active, evaluation, note };
}

/** Behaves as `zodTimeBasedKeyList` (same output, same issues at the same paths). */
export const timeBasedKeyListSchema = plainFirstList(zodTimeBasedKeyList, LIMITS.maxKeysPerUnit, plainlyValidKey);
