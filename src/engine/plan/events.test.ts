import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './fields';
import { eventListSchema, eventSchema, plainlyValidEvent, zodEventList } from './events';

// Values at and around every bound of the schema, valid and not, so both paths are exercised.
const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 3 }), fc.constant([]), fc.constant({}));
const idValue = fc.oneof(fc.constantFrom('u0', 'btf-1', 'a.b_c:d-e', 'x'.repeat(LIMITS.maxIdLength), 'x'.repeat(LIMITS.maxIdLength + 1), '', '-lead', 'sp ace', 'é'), anyValue);
const bound = (min: number, max: number) => fc.oneof(fc.constantFrom(min - 1, min, min + 0.5, max, max + 1, -0, Number.NaN, Infinity), fc.integer({ min, max }), anyValue);
const featureValue = fc.oneof(fc.boolean(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, 'x'.repeat(32), 'x'.repeat(33), '3des-aes'), fc.constant(null), fc.constant([true]));
const features = fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('encryption', 'security-contexts', 'f'.repeat(65)), fc.string({ maxLength: 4 })), featureValue, { maxKeys: 3 }), anyValue);
const TYPES = ['power-off', 'deactivate', 'activate', 'link-down', 'no-call-home', 'permanent-key'] as const;

const fields = {
  type: fc.oneof(fc.constantFrom(...TYPES, 'reboot', 'toString', '__proto__'), anyValue),
  day: bound(0, LIMITS.maxDay),
  days: bound(1, LIMITS.maxDay),
  unit: idValue,
  key: idValue,
  tier: fc.oneof(fc.constantFrom('base', 'security-plus', 'gold'), anyValue),
  features,
  extra: anyValue,
};
const event = fc.record(fields, { requiredKeys: [] });
/** A valid event of each type with one field changed or added: most such events sit on the edge between the two paths. */
const VALID = {
  'power-off': { type: 'power-off', day: 3, days: 5, unit: 'u0' },
  deactivate: { type: 'deactivate', day: 3, key: 'k', unit: 'u0' },
  activate: { type: 'activate', unit: 'u1', key: 'k', day: 0 },
  'link-down': { type: 'link-down', day: 3, days: 31 },
  'no-call-home': { type: 'no-call-home', day: 3, days: 5, unit: 'u0' },
  'permanent-key': { type: 'permanent-key', day: 3, unit: 'u0' },
};
const nearlyValidEvent = fc
  .record({ type: fc.constantFrom(...TYPES), field: fc.constantFrom(...(Object.keys(fields) as (keyof typeof fields)[])) })
  .chain(({ type, field }) => fields[field].map((value) => ({ ...VALID[type], [field]: value })));

const issuesOf = (r: { success: boolean; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
/** Field order too: results are compared as JSON. */
const fieldOrder = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.keys(x) : x));

describe('event list: the plain check agrees with zod', () => {
  it('an event the plain check accepts is one zod accepts, with the same output in the same field order', () => {
    fc.assert(
      fc.property(fc.oneof(event, nearlyValidEvent), (e) => {
        const plain = plainlyValidEvent(e);
        const zod = eventSchema.safeParse(e);
        if (plain) {
          expect(zod.success && zod.data).toStrictEqual(plain);
          expect(fieldOrder(plain)).toBe(fieldOrder(zod.data));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('the plain check takes ordinary events (the fast path is really used)', () => {
    for (const e of Object.values(VALID)) expect(plainlyValidEvent(e)).not.toBeNull();
    expect(plainlyValidEvent(VALID['permanent-key'])).toStrictEqual({ type: 'permanent-key', day: 3, unit: 'u0', tier: 'base', features: {} });
    expect(plainlyValidEvent({ ...VALID.activate, days: 3 })).toBeNull();
  });

  it('lists: same success, output and issues (code, path, message) as z.array(eventSchema)', () => {
    const list = fc.oneof(fc.array(fc.oneof(event, nearlyValidEvent, anyValue), { maxLength: 6 }), anyValue);
    fc.assert(
      fc.property(list, (l) => {
        const ours = eventListSchema.safeParse(l);
        const zod = zodEventList.safeParse(l);
        expect(ours.success).toBe(zod.success);
        if (zod.success) expect(ours.data).toStrictEqual(zod.data);
        expect(issuesOf(ours)).toStrictEqual(issuesOf(zod));
      }),
      { numRuns: 3000 },
    );
  });

  it('a permanent-key event gets a new {} of features each time, as from zod', () => {
    const a = eventListSchema.parse([VALID['permanent-key'], VALID['permanent-key']]);
    expect(a[0]).not.toBe(a[1]);
    expect((a[0] as { features: object }).features).not.toBe((a[1] as { features: object }).features);
  });
});
