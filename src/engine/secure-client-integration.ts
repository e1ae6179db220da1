// Bridges the Secure Client engine (src/engine/secure-client) into the plan analysis: the fleet
// of headends and their AnyConnect maximum comes from the catalog.
import { PAK_MODELS } from './catalog/pak/index';
import { isPakModelId } from './catalog/lookup';
import { ASAV_SPEC, SMART_MODELS } from './catalog/smart/index';
import type { PakUnit, Plan, SmartUnit } from './plan/schema';
import { analyzeSecureClient, type FleetUnit, type SecureClientReport } from './secure-client/index';
import { withRunningPeers } from './secure-client/running-peers';
import type { LicenseStretch } from './unit-timeline';
import type { SmartModelId } from './types';
import { DEFAULT_PURCHASE_LEAD_DAYS } from './rules/renewal-warnings';

/** A unit's AnyConnect maximum with Plus, Apex or VPN Only: the "N maximum" row of its model table. */
export function maxAnyConnectPeers(unit: PakUnit | SmartUnit): number | null {
  if (isPakModelId(unit.model)) {
    const pak = unit as PakUnit;
    const tier = PAK_MODELS[pak.model].tiers[pak.permanent.tier] ?? PAK_MODELS[pak.model].tiers.base;
    return tier?.features['anyconnect-peers']?.upTo ?? null;
  }
  const smart = unit as SmartUnit;
  if (smart.model === 'asav') {
    const level = smart.smart.entitlements.throughput;
    return level ? ASAV_SPEC.throughput[level].anyconnectPeers : null;
  }
  const spec = SMART_MODELS[smart.model as SmartModelId].features['anyconnect-peers'];
  return spec?.upTo ?? null;
}

export function secureClientFleet(plan: Plan): FleetUnit[] {
  const { mode } = plan.deployment;
  return plan.deployment.units.map((unit, i) => ({
    id: unit.id,
    model: unit.model,
    maxAnyConnectPeers: maxAnyConnectPeers(unit),
    role: mode === 'failover' ? (i === 0 ? 'primary' : 'secondary') : mode === 'cluster' ? (i === 0 ? 'control' : 'data') : 'standalone',
  }));
}

export function analyzePlanSecureClient(plan: Plan): SecureClientReport | null {
  if (!plan.secureClient) return null;
  return analyzeSecureClient(plan, secureClientFleet(plan), { leadDays: plan.purchaseLeadDays ?? DEFAULT_PURCHASE_LEAD_DAYS });
}

/** Each unit's AnyConnect peers follow the Secure Client licenses in force (secure-client/running-peers.ts). */
export function applyRunningPeers(plan: Plan, report: SecureClientReport, unitStretches: Record<string, LicenseStretch[]>): void {
  const starts = report.licenses.filter((w) => w.kind !== 'legacy' && w.type !== 'apex-evaluation').map((w) => w.startDay);
  const firstNewDay = starts.length ? Math.min(...starts) : null;
  for (const unit of plan.deployment.units) {
    const list = unitStretches[unit.id];
    if (!list) continue;
    unitStretches[unit.id] = withRunningPeers(list, report.stretches, { unit: unit.id, licensing: isPakModelId(unit.model) ? 'pak' : 'smart', firstNewDay });
  }
}
