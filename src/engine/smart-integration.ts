// Bridges the Smart Licensing engine (src/engine/smart) into the plan analysis.
import { isPakModelId } from './catalog/lookup';
import type { Plan, SmartUnit } from './plan/schema';
import { combineSmartUnits, smartBillOfMaterials, smartDeploymentRequirements, smartUnitTimeline, type SmartBillOfMaterials } from './smart/index';
import type { Issue, License } from './types';
import type { FeatureProvenance, LicenseStretch, UnitEvent } from './unit-timeline';
import { asavSubscriptionTerms, subscriptionEvents, type SubscriptionTerm } from './smart/asav-subscription';
import { DEFAULT_PURCHASE_LEAD_DAYS } from './rules/renewal-warnings';

export type SmartCombine = (day: number, licenses: { unit: string; stretch: LicenseStretch }[]) => { license: License; provenance: FeatureProvenance | (() => FeatureProvenance); issues?: Issue[] };

export interface SmartAnalysis {
  issues: Issue[];
  unitStretches: Record<string, LicenseStretch[]>;
  events: UnitEvent[];
  combine: SmartCombine | null;
  billOfMaterials: SmartBillOfMaterials | null;
  /** ASAv100 subscription terms (001 §"ASA Virtual PIDs"), for the top-level renewals. */
  subscriptions: SubscriptionTerm[];
}

export function analyzeSmartUnits(plan: Plan): SmartAnalysis {
  const smartUnits = plan.deployment.units.filter((u): u is SmartUnit => !isPakModelId(u.model));
  if (smartUnits.length === 0) return { issues: [], unitStretches: {}, events: [], combine: null, billOfMaterials: null, subscriptions: [] };
  const issues: Issue[] = [];
  const unitStretches: Record<string, LicenseStretch[]> = {};
  const events: UnitEvent[] = [];
  for (const unit of smartUnits) {
    const timeline = smartUnitTimeline(unit, plan);
    unitStretches[unit.id] = timeline.stretches;
    events.push(...timeline.events);
    issues.push(...timeline.issues);
  }
  const subscriptions = asavSubscriptionTerms(plan);
  events.push(...subscriptionEvents(subscriptions, plan, plan.purchaseLeadDays ?? DEFAULT_PURCHASE_LEAD_DAYS));
  const allSmart = smartUnits.length === plan.deployment.units.length;
  let combine: SmartCombine | null = null;
  if (plan.deployment.mode !== 'standalone' && allSmart) {
    issues.push(...smartDeploymentRequirements(plan));
    const byId = new Map(smartUnits.map((u) => [u.id, u]));
    combine = (_day, licenses) =>
      combineSmartUnits(
        plan,
        licenses.map(({ unit, stretch }) => ({ unit: byId.get(unit)!, license: stretch.license, provenance: stretch.provenance })),
      );
  }
  return { issues, unitStretches, events, combine, billOfMaterials: allSmart ? smartBillOfMaterials(plan) : null, subscriptions };
}
