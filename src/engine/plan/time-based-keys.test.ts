import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './fields';
import { plainlyValidKey, timeBasedKeyListSchema, timeBasedKeySchema, zodTimeBasedKeyList } from './time-based-keys';

// Values at and around every bound of the schema, valid and not, so both paths are exercised.
const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 3 }), fc.constant([]), fc.constant({}));
const idValue = fc.oneof(fc.constantFrom('k', 'btf-1', 'a.b_c:d-e', 'x'.repeat(LIMITS.maxIdLength), 'x'.repeat(LIMITS.maxIdLength + 1), '', '-lead', 'sp ace', 'é'), anyValue);
const bound = (min: number, max: number) => fc.oneof(fc.constantFrom(min - 1, min, min + 0.5, max, max + 1, -0, Number.NaN, Infinity), fc.integer({ min, max }), anyValue);
const featureValue = fc.oneof(fc.boolean(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, 'x'.repeat(32), 'x'.repeat(33), '3des-aes'), fc.constant(null), fc.constant([true]));
const features = fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('botnet-traffic-filter', 'anyconnect-peers', 'f'.repeat(65)), fc.string({ maxLength: 4 })), featureValue, { maxKeys: 3 }), anyValue);
const note = fc.oneof(fc.string({ maxLength: 5 }), fc.constant('n'.repeat(LIMITS.maxNameLength)), fc.constant('n'.repeat(LIMITS.maxNameLength + 1)), anyValue);

const fields = {
  id: idValue,
  features,
  days: bound(1, LIMITS.maxDay),
  installDay: bound(0, LIMITS.maxDay),
  active: fc.oneof(fc.boolean(), anyValue),
  evaluation: fc.oneof(fc.boolean(), anyValue),
  note,
  extra: anyValue,
};
const key = fc.record(fields, { requiredKeys: [] });
/** A valid key with one field changed to a value at or near its bounds: most such keys sit on the edge between the two paths. */
const nearlyValidKey = fc
  .record({ field: fc.constantFrom(...(Object.keys(fields) as (keyof typeof fields)[])), active: fc.boolean() })
  .chain(({ field, active }) => fields[field].map((value) => ({ id: 'k1', features: { 'botnet-traffic-filter': true }, days: 30, installDay: 5, active, [field]: value })));

const issuesOf = (r: { success: boolean; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));

describe('time-based key list: the plain check agrees with zod', () => {
  it('a key the plain check accepts is one zod accepts, with the same output', () => {
    fc.assert(
      fc.property(fc.oneof(key, nearlyValidKey), (k) => {
        const plain = plainlyValidKey(k);
        const zod = timeBasedKeySchema.safeParse(k);
        if (plain) expect(zod.success && zod.data).toStrictEqual(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it('the plain check takes ordinary keys (the fast path is really used)', () => {
    expect(plainlyValidKey({ id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 364 })).toStrictEqual({
      id: 'btf-1',
      features: { 'botnet-traffic-filter': true },
      days: 364,
      installDay: 0,
      active: true,
      evaluation: false,
    });
    expect(plainlyValidKey({ id: 'e', features: {}, days: 1, installDay: 36_600, active: false, evaluation: true, note: 'renewal' })).not.toBeNull();
    expect(plainlyValidKey({ id: 'k', features: {}, days: 0 })).toBeNull();
    expect(plainlyValidKey({ id: 'k', features: {}, days: 1, extra: 1 })).toBeNull();
  });

  it('lists: same success, output and issues (code, path, message) as z.array(timeBasedKeySchema)', () => {
    const list = fc.oneof(fc.array(fc.oneof(key, nearlyValidKey, anyValue), { maxLength: 6 }), anyValue);
    fc.assert(
      fc.property(list, (l) => {
        const ours = timeBasedKeyListSchema.safeParse(l);
        const zod = zodTimeBasedKeyList.safeParse(l);
        expect(ours.success).toBe(zod.success);
        if (zod.success) expect(ours.data).toStrictEqual(zod.data);
        expect(issuesOf(ours)).toStrictEqual(issuesOf(zod));
      }),
      { numRuns: 3000 },
    );
  });

  it('a list over the limit gets zod’s own message', () => {
    const tooMany = Array.from({ length: LIMITS.maxKeysPerUnit + 1 }, (_, i) => ({ id: `k${i}`, features: {}, days: 1 }));
    const r = timeBasedKeyListSchema.safeParse(tooMany);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ code: 'too_big', origin: 'array', maximum: LIMITS.maxKeysPerUnit, path: [] });
  });
});
