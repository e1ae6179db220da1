// Pairs and clusters edited as one. A new failover or cluster member starts as a copy of the
// primary/control unit (units[0], plan-format.md) without its time-based keys; "Same on every
// unit" keeps chosen fields in step. Which fields must match is the engine's to say (its issues);
// here we only copy values.
import { SMART_MODELS, type SmartModel } from '../../engine/catalog/smart/index';
import type { ModelId, PakUnit, Plan, SmartUnit, TimeBasedKey, Unit } from '../../engine/index';
import { findModel, tierIds } from '../ui/display/model-info';
import { freeId, newUnit } from './new-plan';

type Mode = Plan['deployment']['mode'];

/** The fields "Same on every unit" can keep in step; `license` is the permanent license (PAK) or the entitlements (Smart). */
export const IN_STEP_FIELDS = ['model', 'tier', 'software', 'license'] as const;
export type InStepField = (typeof IN_STEP_FIELDS)[number];

export const isPak = (u: Unit): u is PakUnit => 'permanent' in u;
export const isSmart = (u: Unit): u is SmartUnit => 'smart' in u;

export function withUnits(plan: Plan, units: Unit[]): Plan {
  return { ...plan, deployment: { ...plan.deployment, units } };
}

/** The hardware a unit is, besides its model: a PAK unit's part suffix and No Payload Encryption variant, an ASAv's sizing. */
function hardwareOf(u: Unit): Partial<Unit> {
  const keep = ['partSuffix', 'noPayloadEncryption', 'memoryGB', 'vcpus', 'hypervisor'] as const;
  return Object.fromEntries(keep.filter((k) => k in u).map((k) => [k, (u as Record<string, unknown>)[k]])) as Partial<Unit>;
}

type Entitlements = SmartUnit['smart']['entitlements'];
const FRESH_ENTITLEMENTS: Entitlements = { standard: true, contexts: 0, carrier: false, 'security-plus': false, 'strong-encryption': false };

/**
 * The entitlements a secondary (failover) or data (cluster) unit takes from the primary: all but
 * those the catalog says only the primary/control unit requests (001, the model's failover or
 * cluster `requests`), which a secondary leaves at their defaults: set there, the engine reports
 * them unused (smart-secondary-entitlement-unused). Standard is always copied (the engine never
 * reports it unused).
 */
export function secondaryEntitlements(primary: Entitlements, model: ModelId, mode: Mode): Entitlements {
  const next: Record<string, unknown> = { ...primary };
  for (const name of primaryOnly(model, mode)) next[name] = FRESH_ENTITLEMENTS[name];
  return next as Entitlements;
}

function primaryOnly(model: ModelId, mode: Mode): (keyof Entitlements)[] {
  const m = (SMART_MODELS as Readonly<Record<string, SmartModel | undefined>>)[model];
  const requests: Readonly<Record<string, string | undefined>> = (mode === 'failover' ? m?.failover.requests : mode === 'cluster' ? m?.cluster?.requests : undefined) ?? {};
  return Object.entries(requests)
    .filter(([name, who]) => who === 'primary' && name !== 'standard' && name !== 'throughput')
    .map(([name]) => name as keyof Entitlements);
}

/** An entitlement edit made on every unit, as a secondary/data unit takes it (without what only the primary requests); undefined: nothing left for it. */
export function secondaryPatch(patch: Partial<Entitlements>, model: ModelId, mode: Mode): Partial<Entitlements> | undefined {
  const skip = primaryOnly(model, mode);
  const kept = Object.fromEntries(Object.entries(patch).filter(([name]) => !skip.includes(name as keyof Entitlements)));
  return Object.keys(kept).length === 0 && Object.keys(patch).length > 0 ? undefined : (kept as Partial<Entitlements>);
}

/**
 * A Smart unit's license as a secondary/data unit of the pair or cluster takes it: the entitlements
 * above, the export-controlled setting (the encryption license, smart-same-encryption) and the
 * method (smart-same-method: "license every unit the same way"), as the engine's shared-requirements.ts asks.
 */
function smartLicenseOf(u: SmartUnit, mode: Mode): Pick<SmartUnit['smart'], 'method' | 'exportControlled' | 'entitlements'> {
  return { method: u.smart.method, exportControlled: u.smart.exportControlled, entitlements: secondaryEntitlements(u.smart.entitlements, u.model, mode) };
}

/** A new member like `like`: model (and hardware variant), software, tier and permanent license (PAK) or entitlements, encryption setting and method (Smart); no keys. */
export function peerOf(like: Unit, id: string, mode: Mode): Unit {
  const fresh = newUnit(id, like.model);
  const software = like.software === undefined ? {} : { software: like.software };
  const base = { ...fresh, ...hardwareOf(like), ...software } as Unit;
  if (isPak(like) && isPak(base)) return { ...base, permanent: { tier: like.permanent.tier, features: { ...like.permanent.features } } };
  if (isSmart(like) && isSmart(base)) return { ...base, smart: { ...base.smart, ...smartLicenseOf(like, mode) } };
  return base;
}

export function setMode(plan: Plan, mode: Mode): Plan {
  const { deployment } = plan;
  let units = deployment.units;
  const first = units[0];
  if (first === undefined) return plan;
  if (mode === 'standalone') units = [first];
  else if (units.length < 2)
    units = [
      first,
      peerOf(
        first,
        freeId(
          units.map((u) => u.id),
          'fw-',
        ),
        mode,
      ),
    ];
  if (mode === 'failover' && units.length > 2) units = units.slice(0, 2);
  const { failover, ...rest } = deployment;
  const next = { ...rest, mode, units };
  return { ...plan, deployment: mode === 'failover' ? { ...next, failover: failover ?? 'active-standby' } : next };
}

/** Another member, a copy of the primary/control unit; a standalone unit becomes a failover pair. */
export function addUnit(plan: Plan): Plan {
  const units = plan.deployment.units;
  const primary = units[0];
  if (primary === undefined) return plan;
  const mode: Mode = plan.deployment.mode !== 'standalone' ? plan.deployment.mode : units.length === 1 ? 'failover' : 'cluster';
  const next = withUnits(plan, [
    ...units,
    peerOf(
      primary,
      freeId(
        units.map((u) => u.id),
        'fw-',
      ),
      mode,
    ),
  ]);
  return plan.deployment.mode === 'standalone' ? setMode(next, mode) : next;
}

/** A unit on another model: the tier is kept where the model offers it, and the permanent values it offers. */
export function modelChanged(u: Unit, model: ModelId): Unit {
  if (u.model === model) return u;
  const fresh = newUnit(u.id, model);
  const software = u.software === undefined ? {} : { software: u.software };
  if (isPak(u) && isPak(fresh)) {
    const m = findModel(model);
    const tiers = m === undefined ? [] : tierIds(m);
    const tier = tiers.includes(u.permanent.tier) ? u.permanent.tier : (tiers[0] ?? 'base');
    const offered = m?.tiers[tier]?.features ?? {};
    const features = Object.fromEntries(Object.entries(u.permanent.features).filter(([f]) => Object.hasOwn(offered, f)));
    return { ...u, model: fresh.model, ...software, permanent: { tier, features } };
  }
  if (isSmart(u) && isSmart(fresh)) return { ...u, model: fresh.model };
  return { ...fresh, ...software };
}

/** Copies the chosen fields of the primary/control unit to every other unit (turning "Same on every unit" on for them). */
export function matchPrimary(plan: Plan, fields: readonly InStepField[]): Plan {
  const [primary, ...rest] = plan.deployment.units;
  if (primary === undefined || rest.length === 0) return plan;
  const copy = (u: Unit): Unit => {
    let next = fields.includes('model') ? modelChanged(u, primary.model) : u;
    if (fields.includes('software')) {
      const { software: _dropped, ...without } = next;
      next = (primary.software === undefined ? without : { ...without, software: primary.software }) as Unit;
    }
    if (isPak(next) && isPak(primary) && next.model === primary.model) {
      if (fields.includes('tier')) next = { ...next, permanent: { ...next.permanent, tier: primary.permanent.tier } };
      if (fields.includes('license')) next = { ...next, permanent: { ...next.permanent, features: { ...primary.permanent.features } } };
    }
    if (isSmart(next) && isSmart(primary) && fields.includes('license')) {
      next = { ...next, smart: { ...next.smart, ...smartLicenseOf(primary, plan.deployment.mode) } };
    }
    return JSON.stringify(next) === JSON.stringify(u) ? u : next;
  };
  const units = [primary, ...rest.map(copy)];
  return units.every((u, i) => u === plan.deployment.units[i]) ? plan : withUnits(plan, units);
}

/** A key id not taken on the unit: "btf-1-copy", then "btf-1-copy-2", … (within the format's 64 characters). */
function copyId(taken: readonly string[], id: string): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const tail = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${id.slice(0, 64 - tail.length)}${tail}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A copy of a time-based key right after it: same features, term, install day and state; a new id. */
export function duplicateKey(u: PakUnit, index: number): PakUnit {
  const key = u.timeBased[index];
  if (key === undefined) return u;
  const copy: TimeBasedKey = {
    ...key,
    features: { ...key.features },
    id: copyId(
      u.timeBased.map((k) => k.id),
      key.id,
    ),
  };
  return { ...u, timeBased: [...u.timeBased.slice(0, index + 1), copy, ...u.timeBased.slice(index + 1)] };
}
