// The common plan, taken by plain tests: a plan of PAK units whose every field is one the schema
// certainly accepts is built as `planSchema` would output it, with no preflight walk and no zod (a
// 16-unit plan with 640 keys spent ~0.15 ms there). Any other input gets null and the full path
// (preflight, then zod), so every message stays as it was. plainly-valid-plan.test.ts checks on
// arbitrary input that whatever this accepts, preflight passes and zod outputs the same plan.
import { FEATURE_IDS, PAK_MODEL_IDS, TIER_IDS } from '../types';
import { plainlyValidEvent } from './events';
import { isFeatureMap, isId, isIsoDate, isWholeIn, LIMITS } from './fields';
import { isForbiddenKey, PREFLIGHT } from './preflight';
import { CONTEXT_MODES, DEPLOYMENT_MODES, FAILOVER_MODES, PART_SUFFIXES, PLAN_FORMAT, SOFTWARE_PATTERN, type PakUnit, type Plan, type PlanEvent, type TimeBasedKey } from './schema';
import { plainlyValidKey } from './time-based-keys';

const PLAN_FIELDS = new Set(['format', 'name', 'startDate', 'horizonDays', 'purchaseLeadDays', 'deployment', 'events']);
const DEPLOYMENT_FIELDS = new Set(['mode', 'failover', 'contextMode', 'units']);
const PAK_UNIT_FIELDS = new Set(['id', 'model', 'software', 'partSuffix', 'noPayloadEncryption', 'permanent', 'timeBased']);
const PERMANENT_FIELDS = new Set(['tier', 'features']);
const PAK_MODELS = new Set<unknown>(PAK_MODEL_IDS);
const MODES = new Set<unknown>(DEPLOYMENT_MODES);
const FAILOVER_KINDS = new Set<unknown>(FAILOVER_MODES);
const CONTEXTS = new Set<unknown>(CONTEXT_MODES);
const SUFFIXES = new Set<unknown>(PART_SUFFIXES);
const TIERS = new Set<unknown>(TIER_IDS);
/** A feature map with more entries than there are features is left to the full path. */
const MAX_PLAIN_FEATURES = FEATURE_IDS.length;

type Fields = Record<string, unknown>;

/** An object as JSON makes it, whose fields are all among `allowed` and none of them undefined (zod treats those apart). */
function isPlainRecord(value: unknown, allowed: ReadonlySet<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const field in value) if (!allowed.has(field) || (value as Fields)[field] === undefined) return false;
  return true;
}

/** What preflight would look at in a feature map (field names it refuses, the number of values), beyond what isFeatureMap checks. */
function isTameFeatureMap(map: unknown): boolean {
  if (typeof map !== 'object' || map === null || Object.getPrototypeOf(map) !== Object.prototype) return false;
  let n = 0;
  for (const key in map) if (isForbiddenKey(key) || ++n > MAX_PLAIN_FEATURES) return false;
  return true;
}

function plainlyValidPakUnit(value: unknown): PakUnit | null {
  if (!isPlainRecord(value, PAK_UNIT_FIELDS)) return null;
  const { id, model, software, partSuffix, noPayloadEncryption, permanent, timeBased = [] } = value;
  if (!isId(id) || !PAK_MODELS.has(model)) return null;
  if (software !== undefined && (typeof software !== 'string' || software.length > LIMITS.maxIdLength || !SOFTWARE_PATTERN.test(software))) return null;
  if (partSuffix !== undefined && !SUFFIXES.has(partSuffix)) return null;
  if (noPayloadEncryption !== undefined && typeof noPayloadEncryption !== 'boolean') return null;
  let tier: unknown = 'base';
  let features: unknown = {};
  if (permanent !== undefined) {
    if (!isPlainRecord(permanent, PERMANENT_FIELDS)) return null;
    if (permanent.tier !== undefined) tier = permanent.tier;
    if (permanent.features !== undefined) features = permanent.features;
  }
  if (!TIERS.has(tier) || !isFeatureMap(features) || !isTameFeatureMap(features)) return null;
  if (!Array.isArray(timeBased) || timeBased.length > LIMITS.maxKeysPerUnit) return null;
  const keys: TimeBasedKey[] = [];
  for (const k of timeBased) {
    const key = plainlyValidKey(k);
    if (key === null || !isTameFeatureMap(key.features)) return null;
    keys.push(key);
  }
  // The fields in the order zod outputs them (the schema's), the optional ones only when given.
  const unit: Fields = { id, model };
  if (software !== undefined) unit.software = software;
  if (partSuffix !== undefined) unit.partSuffix = partSuffix;
  if (noPayloadEncryption !== undefined) unit.noPayloadEncryption = noPayloadEncryption;
  unit.permanent = { tier, features };
  unit.timeBased = keys;
  return unit as unknown as PakUnit;
}

/** The plan as `planSchema` outputs it, or null when it is anything but a plainly valid plan of PAK units. */
export function plainlyValidPlan(input: unknown): Plan | null {
  if (!isPlainRecord(input, PLAN_FIELDS)) return null;
  const { format, name = 'Untitled plan', startDate, horizonDays = 1095, purchaseLeadDays, deployment, events = [] } = input;
  if (format !== PLAN_FORMAT || typeof name !== 'string' || name.length > LIMITS.maxNameLength || !isIsoDate(startDate)) return null;
  if (!isWholeIn(horizonDays, 1, LIMITS.maxDay) || (purchaseLeadDays !== undefined && !isWholeIn(purchaseLeadDays, 0, 365))) return null;
  if (!isPlainRecord(deployment, DEPLOYMENT_FIELDS)) return null;
  const { mode = 'standalone', failover, contextMode = 'single', units } = deployment;
  if (!MODES.has(mode) || (failover !== undefined && !FAILOVER_KINDS.has(failover)) || !CONTEXTS.has(contextMode)) return null;
  if (!Array.isArray(units) || units.length < 1 || units.length > LIMITS.maxUnits) return null;
  if (!Array.isArray(events) || events.length > LIMITS.maxEvents) return null;
  // Preflight counts every value; a plan this size may come near its limit, and then it decides.
  let keyCount = 0;
  for (const u of units) keyCount += Array.isArray((u as Fields | null)?.timeBased) ? ((u as Fields).timeBased as unknown[]).length : 0;
  if (100 + units.length * (20 + MAX_PLAIN_FEATURES) + keyCount * (10 + MAX_PLAIN_FEATURES) + events.length * (10 + MAX_PLAIN_FEATURES) > PREFLIGHT.maxNodes) return null;
  const pakUnits: PakUnit[] = [];
  for (const u of units) {
    const unit = plainlyValidPakUnit(u);
    if (unit === null) return null;
    pakUnits.push(unit);
  }
  const planEvents: PlanEvent[] = [];
  for (const e of events) {
    const event = plainlyValidEvent(e);
    if (event === null || (event.type === 'permanent-key' && !isTameFeatureMap(event.features))) return null;
    planEvents.push(event);
  }
  const dep: Fields = { mode };
  if (failover !== undefined) dep.failover = failover;
  dep.contextMode = contextMode;
  dep.units = pakUnits;
  const plan: Fields = { format, name, startDate, horizonDays };
  if (purchaseLeadDays !== undefined) plan.purchaseLeadDays = purchaseLeadDays;
  plan.deployment = dep;
  plan.events = planEvents;
  return plan as unknown as Plan;
}
