// The licensed coverage over time as stretches between the days something changes (a license starts
// or ends, the demand grows on an anniversary), never a walk over days.
import type { Plan } from '../plan/schema';
import { dateOfDay, dayOfDate } from '../dates';
import { isUserBased } from './coexistence';
import { anniversariesWithin, grownDemand, planYearOf } from './demand-growth';
import { carriesSessions, licenseHolder, unitPeers, type PeersInForce } from './headend-capacity';
import { covers, effectiveEnd } from './license-window';
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
  return boundaries.map((from, i): CoverageStretch => {
    const to = boundaries[i + 1] ?? null;
    const active = windows.filter((w) => covers(w, from));
    const sum = (pred: (w: LicenseWindow) => boolean): number => active.filter(pred).reduce((s, w) => s + (w.users ?? 0), 0);
    const plusUsers = sum((w) => w.type === 'plus' || w.type === 'plus-perpetual');
    const apexUsers = sum((w) => w.type === 'apex');
    const inForce = inForceAt(active, fleet);
    const peers: Record<string, number> = {};
    let runnablePeers = 0;
    for (const unit of fleet) {
      const n = unitPeers(unit, licenseHolder(unit, fleet, plan), inForce);
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
      vpnOnlySessions: inForce.vpnOnlyByUnit,
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

/** The calendar date a stretch starts (for messages). */
export const stretchDate = (plan: Plan, s: CoverageStretch): string => dateOfDay(plan.startDate, s.from);
