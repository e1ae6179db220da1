// The licensed coverage over time as stretches between the days something changes (a license starts
// or ends, the demand grows on an anniversary), never a walk over days.
import type { Plan } from '../plan/schema';
import { dayOfDate } from '../dates';
import { isUserBased } from './coexistence';
import { anniversariesWithin, grownDemand, planYearOf } from './demand-growth';
import { carriesSessions, licenseHolder, unitPeers, type PeersInForce } from './headend-capacity';
import { covers, effectiveEnd } from './license-dates';
import type { CoverageStretch, FleetUnit, LicenseWindow, SecureClientDemand } from './types';

// 002/003 §"How is the 4.x conversion being handled for the mobile versions …?": mobile use without
// Plus, Apex or VPN Only "expired on April 30, 2016".
export const MOBILE_LEGACY_CUTOFF = '2016-04-30';

export function stretchBoundaries(windows: readonly LicenseWindow[], plan: Plan, demand: SecureClientDemand): number[] {
  const days = new Set<number>([0]);
  for (const w of windows) {
    if (w.startDay > 0) days.add(w.startDay);
    const end = effectiveEnd(w);
    if (end !== null && end > 0) days.add(end);
  }
  const hasDemand = demand.uniqueUsers !== null || demand.apexUsers !== null || demand.unattendedDevices > 0;
  if (hasDemand && demand.growthPercentPerYear !== 0) for (const d of anniversariesWithin(plan.startDate, plan.horizonDays)) days.add(d);
  const cutoff = dayOfDate(plan.startDate, MOBILE_LEGACY_CUTOFF);
  if (cutoff > 0 && cutoff < plan.horizonDays && windows.some((w) => w.kind === 'legacy')) days.add(cutoff);
  return [...days].sort((a, b) => a - b);
}

function inForceAt(active: readonly LicenseWindow[], fleet: readonly FleetUnit[]): PeersInForce {
  const vpnOnlyByUnit: Record<string, number> = {};
  const legacyByUnit: Record<string, number> = {};
  for (const w of active) {
    if (w.type === 'vpn-only' && w.unit !== null) vpnOnlyByUnit[w.unit] = Math.max(vpnOnlyByUnit[w.unit] ?? 0, w.sessions ?? 0);
    if (w.kind === 'legacy') {
      for (const u of fleet) {
        if (w.unit !== null && w.unit !== u.id) continue;
        // A legacy key without a session count: its size is unknown, so the platform maximum.
        legacyByUnit[u.id] = Math.max(legacyByUnit[u.id] ?? 0, w.sessions ?? u.maxAnyConnectPeers ?? 0);
      }
    }
  }
  return { userBased: active.some(isUserBased), vpnOnlyByUnit, legacyByUnit };
}

export function coverageStretches(windows: readonly LicenseWindow[], fleet: readonly FleetUnit[], plan: Plan, demand: SecureClientDemand): CoverageStretch[] {
  const boundaries = stretchBoundaries(windows, plan, demand);
  const baseUsers = demand.uniqueUsers === null && demand.unattendedDevices === 0 ? null : (demand.uniqueUsers ?? 0) + demand.unattendedDevices;
  // A sweep: windows enter on their start and leave on their end, so each stretch sees only its own.
  const byStart = [...windows].sort((a, b) => a.startDay - b.startDay);
  const byEnd = windows.filter((w) => effectiveEnd(w) !== null).sort((a, b) => (effectiveEnd(a) ?? 0) - (effectiveEnd(b) ?? 0));
  const inForce = new Set<LicenseWindow>();
  let entered = 0;
  let left = 0;
  return boundaries.map((from, i): CoverageStretch => {
    const to = boundaries[i + 1] ?? null;
    for (; entered < byStart.length && (byStart[entered]?.startDay ?? Infinity) <= from; entered += 1) inForce.add(byStart[entered]!);
    for (; left < byEnd.length && (effectiveEnd(byEnd[left]!) ?? Infinity) <= from; left += 1) inForce.delete(byEnd[left]!);
    const active = [...inForce].filter((w) => covers(w, from)).sort((a, b) => a.index - b.index);
    const sum = (pred: (w: LicenseWindow) => boolean): number => active.filter(pred).reduce((s, w) => s + (w.users ?? 0), 0);
    const plusUsers = sum((w) => w.type === 'plus' || w.type === 'plus-perpetual');
    const apexUsers = sum((w) => w.type === 'apex');
    const peersInForce = inForceAt(active, fleet);
    const peers: Record<string, number> = {};
    let runnablePeers = 0;
    for (const unit of fleet) {
      const n = unitPeers(unit, licenseHolder(unit, fleet, plan), peersInForce);
      peers[unit.id] = n;
      if (carriesSessions(unit, plan)) runnablePeers += n;
    }
    const year = planYearOf(plan.startDate, from);
    return {
      from,
      to,
      plusUsers,
      apexUsers,
      totalUsers: plusUsers + apexUsers,
      vpnOnlySessions: peersInForce.vpnOnlyByUnit,
      evaluation: active.some((w) => w.type === 'apex-evaluation'),
      licenses: active.map((w) => w.id),
      legacy: active.filter((w) => w.kind === 'legacy').map((w) => w.id),
      peers,
      runnablePeers,
      demandUsers: baseUsers === null ? null : grownDemand(baseUsers, demand.growthPercentPerYear, year),
      demandApexUsers: demand.apexUsers === null ? null : grownDemand(demand.apexUsers, demand.growthPercentPerYear, year),
    };
  });
}
