// What each headend can run: the AnyConnect peers a license unlocks on it, and the fleet's capacity.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import { faq, s000, s001 } from './cite';
import type { FleetUnit, LicenseWindow, UnitCapacity } from './types';

const WORKS_WITH_ASA = faq('How do the new licenses work with the ASA?');
const PLUS_APEX_000 = s000('AnyConnect Plus and Apex Licenses');
const HOW_MANY = faq('How do I determine how many licenses to purchase?');
const FAILOVER_FAQ = s000('Licenses FAQ');

// 000 §"Licenses FAQ": the secondary of a failover pair "inherits the primary license when it
// becomes active", so an Active/Standby standby adds no capacity; both units of an Active/Active
// pair and every cluster unit carry sessions.
export function carriesSessions(unit: FleetUnit, plan: Plan): boolean {
  if (unit.role !== 'secondary') return true;
  return plan.deployment.mode === 'failover' && plan.deployment.failover === 'active-active';
}

/** The unit whose license a unit runs: an Active/Standby secondary runs its primary's. */
export function licenseHolder(unit: FleetUnit, fleet: readonly FleetUnit[], plan: Plan): FleetUnit {
  if (carriesSessions(unit, plan)) return unit;
  return fleet.find((u) => u.role === 'primary') ?? unit;
}

export interface PeersInForce {
  userBased: boolean;
  vpnOnlyByUnit: Record<string, number>;
  legacyByUnit: Record<string, number>;
}

// 002/003 §"How do the new licenses work with the ASA?": "After activating the key, the ASA is
// unlocked for its maximum hardware capacity"; 000 §"AnyConnect Plus and Apex Licenses": it
// "toggles on the VPN features to the maximum allowed". VPN Only counts concurrent connections on
// its headend, so a unit under VPN Only runs the smaller of its license and its maximum.
export function unitPeers(unit: FleetUnit, holder: FleetUnit, inForce: PeersInForce): number {
  const max = unit.maxAnyConnectPeers ?? 0;
  if (inForce.userBased) return max;
  const vpnOnly = inForce.vpnOnlyByUnit[holder.id];
  if (vpnOnly !== undefined) return Math.min(vpnOnly, max);
  const legacy = inForce.legacyByUnit[holder.id];
  return legacy !== undefined ? Math.min(legacy, max) : 0;
}

export function unitCapacities(fleet: readonly FleetUnit[], windows: readonly LicenseWindow[], plan: Plan): UnitCapacity[] {
  const userBased = windows.some((w) => w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual' || w.type === 'apex-evaluation');
  return fleet.map((unit) => {
    const holder = licenseHolder(unit, fleet, plan);
    const vpnOnly = windows.filter((w) => w.type === 'vpn-only' && w.unit === holder.id);
    const best = vpnOnly.reduce((m, w) => Math.max(m, w.sessions ?? 0), 0);
    const max = unit.maxAnyConnectPeers ?? 0;
    return {
      unit: unit.id,
      model: unit.model,
      role: unit.role,
      maxAnyConnectPeers: unit.maxAnyConnectPeers,
      carriesSessions: carriesSessions(unit, plan),
      peers: userBased ? max : Math.min(best, max),
      vpnOnly: vpnOnly.map((w) => w.id),
    };
  });
}

/** Sum of the model maxima of the units that carry sessions. */
export function hardwareCapacity(fleet: readonly FleetUnit[], plan: Plan): number {
  return fleet.filter((u) => carriesSessions(u, plan)).reduce((sum, u) => sum + (u.maxAnyConnectPeers ?? 0), 0);
}

// 002/003 §"How do I determine how many licenses to purchase?": users "connect with as many devices
// as [they want] as long as you have available hardware capacity".
export function peakBeyondHardware(peak: number | undefined, capacity: number, fleet: readonly FleetUnit[], plan: Plan): Issue | null {
  if (peak === undefined || peak <= capacity) return null;
  const carrying = fleet.filter((u) => carriesSessions(u, plan)).map((u) => `${u.id} ${u.maxAnyConnectPeers ?? 0}`);
  const standby = fleet.some((u) => !carriesSessions(u, plan)) ? '; an Active/Standby standby adds no capacity' : '';
  return {
    severity: 'warning',
    code: 'peak-exceeds-hardware',
    message: `secureClient.demand.peakConcurrent: ${peak} simultaneous connections exceed the fleet's AnyConnect capacity of ${capacity} (${carrying.join(', ') || 'no unit'}${standby})`,
    path: 'secureClient.demand.peakConcurrent',
    cite: `${HOW_MANY}; ${WORKS_WITH_ASA}; ${PLUS_APEX_000}; ${FAILOVER_FAQ}`,
  };
}

export function unitsWithoutAnyConnect(fleet: readonly FleetUnit[], plan: Plan): Issue[] {
  return fleet
    .filter((u) => u.maxAnyConnectPeers === null && carriesSessions(u, plan))
    .map((u) => ({
      severity: 'info' as const,
      code: 'unit-without-anyconnect',
      message: `${u.id} (${u.model}) has no AnyConnect maximum in the catalog; it adds no Secure Client capacity`,
      unit: u.id,
      cite: `${s000('Licenses Per Model')}; ${s001('Licenses Per Model')}`,
    }));
}
