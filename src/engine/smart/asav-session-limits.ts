// 001 §"ASA Virtual": TLS proxy and VPN session limits come from the throughput entitlement, and
// "Session limits have a minimum memory requirement; in cases where the VM memory is below the
// minimum requirement, the session limits will be set for the maximum number supported by the
// amount of memory." The entitlement sets the maximum throughput via a rate limiter.
import { ASAV_SPEC } from '../catalog/smart/asav';
import { CITE } from '../catalog/smart/cites';
import type { AsavThroughputSpec, SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import { THROUGHPUT_LEVELS } from '../plan/schema';
import type { Issue, Throughput } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { asavMemory } from './asav-platform-limits';
import { type Grant, smart } from './provenance';
import { smartIssue } from './smart-issue';
import { entitlementPath, unitPath } from './unit-role';

const T = CITE.asavTable;

/** The largest level, up to the one requested, whose minimum memory the VM has. */
export function asavSessionLevel(requested: Throughput, memoryGB: number): Throughput {
  let best: Throughput = THROUGHPUT_LEVELS[0];
  for (const level of THROUGHPUT_LEVELS) {
    if (ASAV_SPEC.throughput[level].minMemoryGB <= memoryGB) best = level;
    if (level === requested) break;
  }
  return best;
}

export interface AsavSessions {
  requested: AsavThroughputSpec;
  effective: AsavThroughputSpec;
  memoryGB: number;
}

export function asavSessions(unit: SmartUnit): AsavSessions | undefined {
  const level = unit.smart.entitlements.throughput;
  if (level === undefined) return undefined;
  const memory = asavMemory(unit);
  return { requested: ASAV_SPEC.throughput[level], effective: ASAV_SPEC.throughput[asavSessionLevel(level, memory.gb)], memoryGB: memory.gb };
}

type SessionField = 'tlsProxySessions' | 'otherVpnPeers' | 'totalVpnPeers';

/** Throughput, TLS proxy, Other VPN and Total VPN for a licensed ASA virtual (AnyConnect: see anyconnect-peers.ts). */
export function asavSessionProvenance(unit: SmartUnit, grant: Grant): FeatureProvenance {
  const s = asavSessions(unit);
  if (s === undefined || grant === 'unlicensed' || grant === 'default') return {};
  const plr = grant === 'plr' ? ' (Permanent License Reservation for this entitlement)' : '';
  const row = (field: SessionField, what: string) => {
    const want = s.requested[field];
    const got = s.effective[field];
    return got < want
      ? smart(
          got,
          `${s.requested.level} entitlement gives ${want} ${what}, but it needs ${s.requested.minMemoryGB} GB; with ${s.memoryGB} GB the session limits are those of the ${s.effective.level} entitlement${plr}`,
          T,
          ['throughput', 'memory'],
          { uncapped: want, limit: got },
        )
      : smart(got, `${s.requested.level} entitlement: ${want} ${what}${plr}`, T, ['throughput']);
  };
  return {
    throughput: smart(s.requested.level, `${s.requested.label}: the entitlement sets the maximum throughput via a rate limiter${plr}`, grant === 'plr' ? `${T}; ${CITE.plrAsav}` : T, ['throughput']),
    'uc-proxy-sessions': row('tlsProxySessions', 'TLS proxy sessions'),
    'other-vpn-peers': row('otherVpnPeers', 'Other VPN peers'),
    'total-vpn-peers': row('totalVpnPeers', 'Total VPN peers'),
  };
}

export function asavSessionIssues(unit: SmartUnit, plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const method = unit.smart.method;
  const level = unit.smart.entitlements.throughput;
  const licensing = method === 'regular' || method === 'on-prem' || method === 'plr';
  if (licensing && level === undefined) {
    issues.push(
      smartIssue(
        'error',
        'asav-throughput-required',
        `${unit.id}: no throughput entitlement; an ASA virtual needs a throughput level (100M, 1G, 2G, 10G or 20G) to be licensed, so it stays in the unlicensed, rate-limited state.`,
        `${T}; ${CITE.defaults}`,
        { path: entitlementPath(plan, unit, 'throughput'), unit: unit.id, feature: 'throughput' },
      ),
    );
  }
  const s = asavSessions(unit);
  if (s !== undefined && s.effective.level !== s.requested.level) {
    issues.push(
      smartIssue(
        'warning',
        'asav-memory-below-entitlement',
        `${unit.id}: the ${s.requested.level} entitlement needs ${s.requested.minMemoryGB} GB to ${s.requested.maxMemoryGB} GB for its session limits; with ${s.memoryGB} GB they are those of the ${s.effective.level} entitlement. Give the VM at least ${s.requested.minMemoryGB} GB, or request ${s.effective.level} instead.`,
        T,
        { path: unitPath(plan, unit, 'memoryGB'), unit: unit.id, feature: 'throughput' },
      ),
    );
  }
  return issues;
}

/** The throughput level is an ASA virtual entitlement only. */
export function throughputOnHardwareIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  const level = unit.smart.entitlements.throughput;
  if (model.asav !== undefined || level === undefined) return [];
  return [
    smartIssue('warning', 'smart-throughput-asav-only', `${unit.id}: throughput ${level} is an ASA virtual entitlement; the ${model.name} has none, so it is ignored.`, model.cite, {
      path: entitlementPath(plan, unit, 'throughput'),
      unit: unit.id,
      feature: 'throughput',
    }),
  ];
}
