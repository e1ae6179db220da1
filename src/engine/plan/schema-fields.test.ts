// The plain tests of keys and events read their fields, defaults and bounds from the zod schemas
// (schema-fields.ts): one statement of the format, no second field list.
import { describe, expect, it } from 'vitest';
import { eventSchema, plainlyValidEvent } from './events';
import { day, duration, LIMITS } from './fields';
import { defaultOf, fieldsOf, wholeNumberTest } from './schema-fields';
import { plainlyValidKey, timeBasedKeySchema } from './time-based-keys';

describe('schema-fields', () => {
  it('reads the bounds zod enforces', () => {
    const isDuration = wholeNumberTest(duration);
    expect([1, LIMITS.maxDay].map(isDuration)).toEqual([true, true]);
    expect([0, LIMITS.maxDay + 1, 1.5, '3'].map(isDuration)).toEqual([false, false, false, false]);
    expect(wholeNumberTest(day)(0)).toBe(true);
    expect(() => wholeNumberTest(timeBasedKeySchema.shape.active)).toThrow();
  });

  it('reads the defaults zod fills in, a fresh object each time', () => {
    const permanentKey = eventSchema.options[5];
    expect(permanentKey.shape.type.value).toBe('permanent-key');
    const features = defaultOf(permanentKey.shape.features);
    expect(features()).toEqual({});
    expect(features()).not.toBe(features());
    expect(defaultOf(timeBasedKeySchema.shape.active)()).toBe(true);
  });

  it('the plain key test takes every field of the schema and no other', () => {
    expect([...fieldsOf(timeBasedKeySchema)]).toEqual(Object.keys(timeBasedKeySchema.shape));
    const key = { id: 'k', features: { 'botnet-traffic-filter': true }, days: 30, installDay: 2, active: false, evaluation: true, note: 'n' };
    expect(Object.keys(key).sort()).toEqual(Object.keys(timeBasedKeySchema.shape).sort());
    expect(plainlyValidKey(key)).toStrictEqual(timeBasedKeySchema.parse(key));
    expect(plainlyValidKey({ ...key, extra: 1 })).toBeNull();
    expect(plainlyValidKey({ id: 'k', features: {}, days: 1 })).toStrictEqual(timeBasedKeySchema.parse({ id: 'k', features: {}, days: 1 }));
  });

  it('the plain event test takes each type’s fields from its schema', () => {
    for (const o of eventSchema.options) {
      const fields = [...fieldsOf(o)];
      expect(fields).toEqual(Object.keys(o.shape));
      expect(plainlyValidEvent({ type: o.shape.type.value, day: 1, days: 2, key: 'k', unit: 'u', tier: 'base', features: {} })).toBeNull(); // fields of other types
    }
    expect(plainlyValidEvent({ type: 'permanent-key', day: 3, unit: 'u0' })).toStrictEqual(eventSchema.parse({ type: 'permanent-key', day: 3, unit: 'u0' }));
  });
});
