// What a failover standby or cluster data unit really runs of its own (001 §"Failover or ASA Cluster
// Licenses"): "The configuration is replicated to the data units, but for some licenses, they do not
// use the configuration; it remains in a cached state, and only the control unit requests the
// license" (001 §"ASA Cluster Licenses for the Firepower 4100/9300", §"Failover Licenses for the
// Firepower 1100", …). So on a secondary unit:
// - a license only the primary requests (Context; Carrier and Strong Encryption in failover) is not
//   its own: whatever the secondary's own settings say is cached and unused (the engine's
//   `smart-secondary-entitlement-unused` warning), and its own view shows the Standard defaults;
// - a per-unit entitlement (Carrier and Strong Encryption on a 4100/9300 cluster: "a per-unit
//   entitlement, and each unit requests its own license from the server") comes from the primary's
//   replicated configuration, so the data unit runs it, as the bill of materials counts it.
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { FeatureId } from '../types';
import { isSmartUnit, unitRole } from './unit-role';

type Name = 'contexts' | 'carrier' | 'strong-encryption';

const FEATURE: Record<Name, FeatureId> = { contexts: 'security-contexts', carrier: 'carrier', 'strong-encryption': 'encryption' };
const LABEL: Record<Name, string> = { contexts: 'Context license', carrier: 'Carrier license', 'strong-encryption': 'Strong Encryption license' };
/** Per-unit entitlements whose configuration the primary replicates (the BOM takes them from the primary too). */
const REPLICATED_PER_UNIT: readonly Name[] = ['carrier', 'strong-encryption'];

export interface EntitlementsInUse {
  /** The unit with the entitlements it requests itself. */
  unit: SmartUnit;
  /** Why a feature's value differs from the unit's own settings, by feature. */
  notes: Partial<Record<FeatureId, string>>;
  cite: string;
}

const isSet = (u: SmartUnit, name: Name): boolean => (name === 'contexts' ? u.smart.entitlements.contexts > 0 : u.smart.entitlements[name]);

export function entitlementsInUse(unit: SmartUnit, plan: Plan, model: SmartModel = SMART_MODELS[unit.model]): EntitlementsInUse {
  const same: EntitlementsInUse = { unit, notes: {}, cite: '' };
  if (unitRole(plan, unit) !== 'secondary') return same;
  const primary = plan.deployment.units[0];
  if (!primary || !isSmartUnit(primary)) return same;
  const spec = plan.deployment.mode === 'cluster' ? model.cluster : model.failover;
  if (!spec) return same;
  const cluster = plan.deployment.mode === 'cluster';
  const role = cluster ? 'data' : 'standby';
  const primaryName = cluster ? 'control' : 'active';
  const entitlements = { ...unit.smart.entitlements };
  const notes: Partial<Record<FeatureId, string>> = {};
  for (const name of ['contexts', 'carrier', 'strong-encryption'] as const) {
    const by = spec.requests[name];
    if (by === 'primary' && isSet(unit, name)) {
      if (name === 'contexts') entitlements.contexts = 0;
      else entitlements[name] = false;
      notes[FEATURE[name]] =
        `${unit.id}'s own ${name} setting is not used: only the ${primaryName} unit requests the ${LABEL[name]} (the configuration is replicated from ${primary.id} and cached on this ${role} unit); the ${cluster ? 'cluster' : 'pair'}'s aggregated license is the combined view`;
    } else if (by === 'each-unit' && REPLICATED_PER_UNIT.includes(name) && name !== 'contexts') {
      const replicated = primary.smart.entitlements[name];
      entitlements[name] = replicated;
      if (replicated || unit.smart.entitlements[name]) {
        notes[FEATURE[name]] =
          `per-unit entitlement: ${primary.id}'s configuration is replicated to ${unit.id}, which ${replicated ? 'requests its own' : 'does not request a'} ${LABEL[name]}${replicated === unit.smart.entitlements[name] ? '' : ` (its own setting, ${String(unit.smart.entitlements[name])}, is replaced)`}`;
      }
    }
  }
  if (Object.keys(notes).length === 0) return same;
  return { unit: { ...unit, smart: { ...unit.smart, entitlements } }, notes, cite: spec.cite };
}
