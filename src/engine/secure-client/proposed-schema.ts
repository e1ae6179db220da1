// The Secure Client plan fields beyond the first format (orderDay, ordering, demand features,
// unattended devices, shared licensing): src/engine/plan/schema.ts spreads these shapes into its
// schemas, and the readers below take them from a parsed plan. Every field is optional.
import { z } from 'zod';
import { ID_PATTERN, LIMITS } from '../plan/limits';
import { SECURE_CLIENT_FEATURE_IDS } from './feature-tiers';

const MAX_DAY = LIMITS.maxDay;
const id = z.string().min(1).max(LIMITS.maxIdLength).regex(ID_PATTERN);

export const licenseExtensionShape = {
  /** The day the order is placed: a banding term may start up to 60 days after it. */
  orderDay: z.int().min(-MAX_DAY).max(MAX_DAY).optional(),
  /** Banding (L-AC-PLS-LIC=, any user count and month count) or block (L-AC-PLS-xYR-G, 1/3/5 years). */
  ordering: z.enum(['banding', 'block']).optional(),
};

export const demandExtensionShape = {
  /** Unattended devices (no user behind them): each counts as a unique user. */
  unattendedDevices: z.int().min(0).max(100_000_000).optional(),
  /** Capabilities the users need; each needs Plus, Apex, or is (not) in VPN Only. */
  features: z.array(z.enum(SECURE_CLIENT_FEATURE_IDS)).max(SECURE_CLIENT_FEATURE_IDS.length).optional(),
};

const moment = z.number().min(0).max(MAX_DAY);
const outage = z.object({
  unit: id,
  day: moment,
  days: z.number().min(0).max(MAX_DAY).optional(),
  seconds: z
    .int()
    .min(0)
    .max(31 * 86_400)
    .optional(),
});

/** `secureClient.shared`: a legacy shared AnyConnect Premium network (AnyConnect 3 and earlier). */
export const sharedLicensingSchema = z.object({
  pool: z.int().min(1).max(1_000_000),
  refreshIntervalSeconds: z.int().min(10).max(300).default(30),
  launchDay: moment.default(0),
  server: z.object({ primary: id, standby: id.optional() }),
  backup: z.object({ primary: id, standby: id.optional(), registeredDay: moment.optional() }).optional(),
  participants: z
    .array(
      z.object({
        id,
        standby: id.optional(),
        /** Defaults to the unit's AnyConnect maximum when the unit is in the deployment. */
        platformLimit: z.int().min(1).max(1_000_000).optional(),
        localSessions: z.int().min(0).max(1_000_000).default(0),
        localKind: z.enum(['permanent', 'time-based']).default('permanent'),
        demand: z
          .array(z.object({ day: moment, sessions: z.int().min(0).max(1_000_000) }))
          .max(10_000)
          .default([]),
      }),
    )
    .max(256),
  outages: z.array(outage).max(20_000).default([]),
  unreachable: z.array(outage).max(20_000).default([]),
  contextMode: z.enum(['single', 'multiple']).optional(),
});

export type LicenseExtension = z.output<z.ZodObject<typeof licenseExtensionShape>>;
export type DemandExtension = z.output<z.ZodObject<typeof demandExtensionShape>>;
export type SharedLicensingPlan = z.output<typeof sharedLicensingSchema>;

// The readers take the plan's and a license's shapes structurally: plan/schema.ts builds its schema from
// the shapes above, so importing its Plan type here would make the two files import each other.
const licenseExtension = z.object(licenseExtensionShape);
const demandExtension = z.object(demandExtensionShape);

/** The proposed fields of a license, when present and well-formed. */
export function readLicenseExtension(license: object): LicenseExtension {
  if (!Object.hasOwn(license, 'orderDay') && !Object.hasOwn(license, 'ordering')) return {};
  const parsed = licenseExtension.safeParse(license);
  return parsed.success ? parsed.data : {};
}

export function readDemandExtension(plan: { secureClient?: { demand?: unknown } }): DemandExtension {
  const parsed = demandExtension.safeParse(plan.secureClient?.demand ?? {});
  return parsed.success ? parsed.data : {};
}

export type SharedConfigRead = { kind: 'absent' } | { kind: 'ok'; shared: SharedLicensingPlan } | { kind: 'invalid'; message: string };

/** `secureClient.shared`, validated. */
export function readSharedConfig(plan: { secureClient?: object }): SharedConfigRead {
  const raw: unknown = (plan.secureClient as Record<string, unknown> | undefined)?.shared;
  if (raw === undefined) return { kind: 'absent' };
  const parsed = sharedLicensingSchema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', shared: parsed.data };
  const first = parsed.error.issues[0];
  return { kind: 'invalid', message: first ? `${first.path.join('.')}: ${first.message}` : 'invalid' };
}
