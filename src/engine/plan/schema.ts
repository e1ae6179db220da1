// Plan format v1 (../shared/spec/plan-format.md) as zod schemas: the structural rules.
// What depends on the catalog (is 7 a context license for this model?) is checked in validate-pak-unit.ts
// and, for Smart units, src/engine/smart/.
import { z } from 'zod';
import { day, duration, featureMap, id, isoDate, LIMITS } from './fields';
import { eventListSchema, eventSchema } from './events';
import { timeBasedKeyListSchema, timeBasedKeySchema } from './time-based-keys';
import { FEATURE_IDS, PAK_MODEL_IDS, SMART_MODEL_IDS, TIER_IDS } from '../types';
import { demandExtensionShape, licenseExtensionShape, sharedLicensingSchema } from '../secure-client/proposed-schema';

export const PLAN_FORMAT = 'asa-license-plan/1';
export const DEPLOYMENT_MODES = ['standalone', 'failover', 'cluster'] as const;
export const FAILOVER_MODES = ['active-standby', 'active-active'] as const;
export const CONTEXT_MODES = ['single', 'multiple'] as const;
export const PART_SUFFIXES = ['K8', 'K9'] as const;
export const SOFTWARE_PATTERN = /^\d{1,2}\.\d{1,2}/;

/**
 * Extension (device-text import): a value the device printed that the catalog's table does not
 * give for the unit (a 9.12 ASA 5512-X Base printing "Security Contexts : 2", a licensed ASAv
 * printing "Carrier : Enabled"). Kept as observed, with a note citing the table; it changes no
 * license figure (the engine repeats the note as an info issue).
 */
export const observedValueSchema = z.object({
  feature: z.enum(FEATURE_IDS),
  value: z.union([z.number(), z.boolean(), z.string().max(64)]),
  line: z.int().min(1).max(1_000_000).optional(),
  note: z.string().max(1000),
  cite: z.string().max(500).optional(),
});
export const observedListSchema = z.array(observedValueSchema).max(64).optional();
export type ObservedValue = z.infer<typeof observedValueSchema>;

export const pakUnitSchema = z.object({
  id,
  model: z.enum(PAK_MODEL_IDS),
  software: z.string().regex(SOFTWARE_PATTERN, 'must be a software version such as "9.16" or "8.4(7)"').optional(),
  /** Extension: the license part number suffix; K8 caps TLS proxy at 1000 and SRTP at 250 (000 §"Total UC Proxy Sessions"). */
  partSuffix: z.enum(PART_SUFFIXES).optional(),
  /** Extension: a No Payload Encryption hardware model (000 §"No Payload Encryption Models"). */
  noPayloadEncryption: z.boolean().optional(),
  /** Extension: the serial number the device printed (device-text import). */
  serial: z
    .string()
    .regex(/^[A-Za-z0-9]{1,40}$/, 'must be letters and digits, as the device prints it')
    .optional(),
  /** Extension: the running permanent activation key the device printed (five 0x… words). */
  activationKey: z
    .string()
    .regex(/^0x[0-9a-fA-F]{1,8}( 0x[0-9a-fA-F]{1,8}){3,4}$/, 'must be the 0x… words of an activation key')
    .optional(),
  /** Extension: printed values the table does not give, kept as observed (see observedValueSchema). */
  observed: observedListSchema,
  permanent: z.object({ tier: z.enum(TIER_IDS).default('base'), features: featureMap.default({}) }).default({ tier: 'base', features: {} }),
  timeBased: timeBasedKeyListSchema.default([]),
});

export const SMART_METHODS = ['regular', 'on-prem', 'plr', 'evaluation', 'unregistered'] as const;
export const THROUGHPUT_LEVELS = ['100M', '1G', '2G', '10G', '20G'] as const;

export const smartUnitSchema = z.object({
  id,
  model: z.enum(SMART_MODEL_IDS),
  software: z.string().regex(SOFTWARE_PATTERN, 'must be a software version such as "9.20"').optional(),
  memoryGB: z.number().min(0).max(1024).optional(),
  /** Extension: the serial number the device printed (device-text import). */
  serial: z
    .string()
    .regex(/^[A-Za-z0-9]{1,40}$/, 'must be letters and digits, as the device prints it')
    .optional(),
  /** Extension: printed values the table does not give, kept as observed (see observedValueSchema). */
  observed: observedListSchema,
  /** Extension (ASAv): number of vCPUs; more than one needs 4 GB (001 §"ASA Virtual"). */
  vcpus: z.int().min(1).max(64).optional(),
  /** Extension (ASAv): the hypervisor; PLR is not supported on Azure (001 §"ASA Virtual Permanent License Reservation"). */
  hypervisor: z.string().max(32).optional(),
  smart: z.object({
    method: z.enum(SMART_METHODS).default('regular'),
    registeredDay: day.default(0),
    exportControlled: z.boolean().default(false),
    /** Extension: days the registration token stays valid (1–365, 30 by default). */
    tokenDays: z.int().min(1).max(365).optional(),
    entitlements: z
      .object({
        standard: z.boolean().default(true),
        contexts: z.int().min(0).max(1000).default(0),
        carrier: z.boolean().default(false),
        'security-plus': z.boolean().default(false),
        'strong-encryption': z.boolean().default(false),
        throughput: z.enum(THROUGHPUT_LEVELS).optional(),
      })
      .default({ standard: true, contexts: 0, carrier: false, 'security-plus': false, 'strong-encryption': false }),
  }),
});

export const unitSchema = z.discriminatedUnion('model', [pakUnitSchema, smartUnitSchema]);

export const secureClientLicenseSchema = z.object({
  id,
  type: z.enum(['plus', 'apex', 'plus-perpetual', 'vpn-only', 'apex-evaluation', 'essentials', 'premium']),
  users: z.int().min(1).max(10_000_000).optional(),
  sessions: z.int().min(1).max(10_000_000).optional(),
  unit: id.optional(),
  startDay: z.int().min(-LIMITS.maxDay).max(LIMITS.maxDay).default(0),
  termMonths: z.int().min(1).max(120).optional(),
  shipDay: z.int().min(-LIMITS.maxDay).max(LIMITS.maxDay).optional(),
  support: z.boolean().optional(),
  ...licenseExtensionShape,
});

export const secureClientSchema = z.object({
  licenses: z.array(secureClientLicenseSchema).max(LIMITS.maxSecureClientLicenses).default([]),
  demand: z
    .object({
      uniqueUsers: z.int().min(0).max(100_000_000).optional(),
      peakConcurrent: z.int().min(0).max(100_000_000).optional(),
      apexUsers: z.int().min(0).max(100_000_000).optional(),
      growthPercentPerYear: z.number().min(-100).max(1000).optional(),
      ...demandExtensionShape,
    })
    .optional(),
  /** Legacy shared AnyConnect Premium licensing (AnyConnect 3 and earlier), 000 §"Configure a Shared License". */
  shared: sharedLicensingSchema.optional(),
});

export const deploymentSchema = z.object({
  mode: z.enum(DEPLOYMENT_MODES).default('standalone'),
  failover: z.enum(FAILOVER_MODES).optional(),
  contextMode: z.enum(CONTEXT_MODES).default('single'),
  units: z.array(unitSchema).min(1).max(LIMITS.maxUnits),
});

/** The longest `site` (extension, README §"Plan format extensions (fleet)"). */
export const MAX_SITE_LENGTH = 100;

export const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  name: z.string().max(LIMITS.maxNameLength).default('Untitled plan'),
  /** Extension (fleet): free-text site or tag the fleet table groups by; changes no figure. */
  site: z.string().max(MAX_SITE_LENGTH).optional(),
  startDate: isoDate,
  horizonDays: duration.default(1095),
  /** Extension: days between ordering a renewal and having its key; sets the "order by" dates (default 30). */
  purchaseLeadDays: z.int().min(0).max(365).optional(),
  deployment: deploymentSchema,
  secureClient: secureClientSchema.optional(),
  events: eventListSchema.default([]),
});

export { eventSchema, LIMITS, timeBasedKeySchema };

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Unit = z.output<typeof unitSchema>;
export type PakUnit = z.output<typeof pakUnitSchema>;
export type SmartUnit = z.output<typeof smartUnitSchema>;
export type TimeBasedKey = z.output<typeof timeBasedKeySchema>;
export type PlanEvent = z.output<typeof eventSchema>;
export type SecureClientLicense = z.output<typeof secureClientLicenseSchema>;
