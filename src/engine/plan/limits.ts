// The plan format's bounds and id pattern (plan-format.md §"Plan"), in one place: the schema, the
// Secure Client extensions and the app's inputs import them. Plain data, no zod, so that the app's
// first paint can import it.

/** Bounds that keep a hostile plan cheap to reject: 100 years of days, thousands of keys. */
export const LIMITS = {
  maxDay: 36_600,
  maxUnits: 64,
  maxKeysPerUnit: 2_000,
  maxEvents: 20_000,
  maxIdLength: 64,
  maxNameLength: 200,
  maxSecureClientLicenses: 2_000,
} as const;

/** A unit, key or license id: a letter or digit, then letters, digits, ".", "_", ":" or "-". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
