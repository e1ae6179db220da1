// 001 §"Failover Licenses for the Firepower 1100" (and "… 2100"), the second of the two choices for the
// Strong Encryption token with failover: "Before you register the active unit to the smart licensing
// server, enable failover. In this case, both units will not yet have strong encryption. Then configure
// license entitlements and register the active unit …; both units will get strong encryption from the
// aggregated license." And for a Strong Encryption license added manually: "Only the active unit
// requests this license, and both units can use it due to license aggregation."
// So a standby that never registers runs DES until the active unit registers, then 3DES/AES: its own
// view shows that, as the pair's running license does ("Each ASA must have the same encryption license").
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import { coveredByActiveUnit } from './evaluation-period';
import { smart } from './provenance';
import { smartUnitLicense } from './unit-license';
import { isSmartUnit } from './unit-role';

/**
 * From which day an unregistered standby (1100, 2100: the active unit registers for the pair) has
 * Strong Encryption from the pair's aggregated license, and why; null when it never does in the plan.
 * `registrationDay` is the day a unit's requested entitlements take effect (smart-unit-timeline.ts).
 */
export function standbyEncryptionFromPair(
  model: SmartModel,
  unit: SmartUnit,
  plan: Plan,
  registrationDay: (model: SmartModel, unit: SmartUnit) => number | null,
): { day: number; provenance: Provenance } | null {
  if (!coveredByActiveUnit(model, unit, plan) || registrationDay(model, unit) !== null) return null;
  const active = plan.deployment.units[0];
  if (!active || active === unit || !isSmartUnit(active)) return null;
  // The aggregated license of Smart Software Manager Regular and On-Prem; with PLR each chassis has its own.
  if (active.smart.method !== 'regular' && active.smart.method !== 'on-prem') return null;
  const activeModel = SMART_MODELS[active.model];
  const day = registrationDay(activeModel, active);
  if (day === null) return null;
  const activeEncryption = smartUnitLicense(active, plan, 'registered', activeModel).encryption;
  if (activeEncryption?.value !== '3des-aes') return null;
  const how = active.smart.exportControlled
    ? `registers with the export-controlled token: both units get Strong Encryption (3DES/AES) from the aggregated license`
    : `requests the Strong Encryption license: both units can use it through license aggregation`;
  return {
    day,
    provenance: smart('3des-aes', `Not registered (standby): from day ${day} the active unit ${active.id} ${how}`, model.failover.cite, activeEncryption.keys ?? []),
  };
}
