// One Smart unit's own license for a given grant (unlicensed, evaluation defaults, registered, PLR):
// the model's 001 table with the requested entitlements applied.
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { FeatureProvenance } from '../unit-timeline';
import { anyconnectPeersProvenance } from './anyconnect-peers';
import { asavPlatformProvenance } from './asav-platform-limits';
import { asavSessionProvenance } from './asav-session-limits';
import { carrierProvenance } from './carrier-license';
import { contextsProvenance } from './context-license';
import type { Grant } from './provenance';
import { failoverProvenance } from './security-plus';
import { standardTierOn } from './standard-tier';
import { entitlementsInUse } from './replicated-configuration';
import { encryptionProvenance } from './strong-encryption';
import { tableFeatures } from './table-features';

export function smartUnitLicense(unit: SmartUnit, plan: Plan, grant: Grant, model: SmartModel = SMART_MODELS[unit.model]): FeatureProvenance {
  // A standby or data unit runs the entitlements it requests itself (replicated-configuration.ts).
  const inUse = entitlementsInUse(unit, plan, model);
  const own = ownLicense(inUse.unit, plan, grant, model);
  for (const [feature, note] of Object.entries(inUse.notes) as [keyof FeatureProvenance, string][]) {
    const p = own[feature];
    if (p) own[feature] = { ...p, rule: `${p.rule} — ${note}`, cite: `${p.cite}; ${inUse.cite}` };
  }
  return own;
}

function ownLicense(unit: SmartUnit, plan: Plan, grant: Grant, model: SmartModel): FeatureProvenance {
  // In evaluation mode only default entitlements are enabled, so the tier is the Standard default.
  const standardOn = grant === 'registered' || grant === 'plr' ? standardTierOn(model, unit, plan) : true;
  const provenance: FeatureProvenance = {
    ...tableFeatures(model),
    carrier: carrierProvenance(model, unit, grant, standardOn),
    encryption: encryptionProvenance(model, unit, grant, standardOn),
    failover: failoverProvenance(model, unit, grant, standardOn),
    'security-contexts': contextsProvenance(model, unit, grant, standardOn),
    'anyconnect-peers': anyconnectPeersProvenance(model, unit, plan, grant),
  };
  if (model.asav === undefined) return provenance;
  // The ASA virtual's connections and VLANs follow memory; its sessions follow the entitlement.
  delete provenance['uc-proxy-sessions'];
  delete provenance['other-vpn-peers'];
  delete provenance['total-vpn-peers'];
  const licensed = standardOn ? asavSessionProvenance(unit, grant) : {};
  if (licensed.throughput === undefined) delete provenance['anyconnect-peers'];
  return { ...provenance, ...asavPlatformProvenance(unit, licensed.throughput === undefined ? 'unlicensed' : grant), ...licensed };
}
