// Plan events (plan-format.md §"Events"). zod's schema below is the rule; the list takes the common
// well-formed event by a plain test first (plain-first-list.ts). events.test.ts checks the two agree
// on arbitrary input.
import { z } from 'zod';
import { TIER_IDS } from '../types';
import { day, duration, featureMap, id, isFeatureMap, isId, LIMITS } from './fields';
import { plainFirstList } from './plain-first-list';
import { defaultOf, fieldsOf, wholeNumberTest } from './schema-fields';

const unitRef = { unit: id };
export const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('power-off'), day, days: duration, ...unitRef }),
  z.object({ type: z.literal('deactivate'), day, key: id, ...unitRef }),
  z.object({ type: z.literal('activate'), day, key: id, ...unitRef }),
  z.object({ type: z.literal('link-down'), day, days: duration }),
  z.object({ type: z.literal('no-call-home'), day, days: duration, ...unitRef }),
  /** Extension: a new permanent activation key replaces the installed one from this day (000 §"Activate or Deactivate Keys"). */
  z.object({ type: z.literal('permanent-key'), day, ...unitRef, tier: z.enum(TIER_IDS).default('base'), features: featureMap.default({}) }),
]);

type PlanEvent = z.output<typeof eventSchema>;

/** The list as zod alone states it: what the list below must behave like, and what it defers to. */
export const zodEventList = z.array(eventSchema).max(LIMITS.maxEvents);

// The plain test's fields, defaults and bounds, read from the schema above (schema-fields.ts).
const VARIANTS = Object.fromEntries(eventSchema.options.map((o) => [o.shape.type.value, o])) as {
  [T in PlanEvent['type']]: Extract<(typeof eventSchema.options)[number], { shape: { type: z.ZodLiteral<T> } }>;
};
/** The fields each event type has. */
const EVENT_FIELDS = Object.fromEntries(Object.entries(VARIANTS).map(([type, o]) => [type, fieldsOf(o)])) as Readonly<Record<PlanEvent['type'], ReadonlySet<string>>>;
const isEventType = (v: unknown): v is PlanEvent['type'] => typeof v === 'string' && Object.hasOwn(EVENT_FIELDS, v);
const isTier = (v: unknown): v is (typeof TIER_IDS)[number] => (TIER_IDS as readonly unknown[]).includes(v);
const isDay = wholeNumberTest(day);
const isDuration = wholeNumberTest(duration);
const PERMANENT_KEY = VARIANTS['permanent-key'].shape;
const DEFAULT_TIER = defaultOf(PERMANENT_KEY.tier);
const DEFAULT_FEATURES = defaultOf(PERMANENT_KEY.features);

/** The event as `eventSchema` outputs it, or null when the event is anything but plainly valid (zod then decides). */
export function plainlyValidEvent(event: unknown): PlanEvent | null {
  if (typeof event !== 'object' || event === null || Object.getPrototypeOf(event) !== Object.prototype) return null;
  const e = event as Record<string, unknown>;
  const { type, day, unit } = e;
  if (!isEventType(type) || !isDay(day)) return null;
  const fields = EVENT_FIELDS[type];
  for (const field in e) if (!fields.has(field)) return null;
  switch (type) {
    case 'power-off':
    case 'no-call-home':
      return isDuration(e.days) && isId(unit) ? { type, day, days: e.days, unit } : null;
    case 'activate':
    case 'deactivate':
      return isId(e.key) && isId(unit) ? { type, day, key: e.key, unit } : null;
    case 'link-down':
      return isDuration(e.days) ? { type, day, days: e.days } : null;
    case 'permanent-key': {
      // zod fills in a default for a missing or undefined field, and a new {} each time.
      const tier = e.tier === undefined ? DEFAULT_TIER() : e.tier;
      const features = e.features === undefined ? DEFAULT_FEATURES() : e.features;
      return isId(unit) && isTier(tier) && isFeatureMap(features) ? { type, day, unit, tier, features } : null;
    }
  }
}

/** Behaves as `zodEventList` (same output, same issues at the same paths). */
export const eventListSchema = plainFirstList(zodEventList, LIMITS.maxEvents, plainlyValidEvent);
