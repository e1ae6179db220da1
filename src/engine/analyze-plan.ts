// One pass over a plan: plan → validation → simulation → combination → result. Each step lives in
// its own module; this file only runs them in order. `resultAt` then answers for any day without
// simulating again. ARCHITECTURE.md §"The engine's pipeline" says where each rule lives.
import { dateFormatter } from './dates';
import { parsePlan } from './plan/parse-plan';
import type { Plan } from './plan/schema';
import { validateReferences } from './plan/validate-references';
import { observedNotes } from './plan/observed-notes';
import type { TimelineEvent } from './result';
import { combineTimeline, type CombinedStretch } from './combine-timeline';
import { PlanEvents } from './plan-events';
import { analyzePakUnits, pakRequirementsOverTime } from './pak-integration';
import { analyzeSmartUnits } from './smart-integration';
import { analyzePlanSecureClient, applyRunningPeers } from './secure-client-integration';
import { activeActiveContextsDivided } from './rules/active-active-contexts';
import { licenseConflictsOverTime } from './rules/license-conflicts';
import { linkDownReverted } from './rules/link-down-reverted';
import { lapsesFromExpiries } from './rules/lapse-causes';
import { DEFAULT_PURCHASE_LEAD_DAYS, findLapses, lapseIssuesAndEvents, type Lapse } from './rules/renewal-warnings';
import type { BrokenStretch } from './rules/requirements-over-time';
import { subscriptionRenewals } from './rules/subscription-renewals';
import type { SimKeyResult } from './timeline/pak-simulation';
import type { Issue } from './types';
import type { LicenseStretch } from './unit-timeline';
import type { SmartBillOfMaterials } from './smart/index';
import type { SecureClientReport } from './secure-client/index';

export type { CombinedStretch };

export interface PlanAnalysis {
  plan: Plan | null;
  issues: Issue[];
  valid: boolean;
  unitIds: string[];
  unitStretches: Record<string, LicenseStretch[]>;
  combined: CombinedStretch[];
  keys: SimKeyResult[];
  events: TimelineEvent[];
  /** Smart plans: the PIDs to order (001 §"License PIDs"). */
  billOfMaterials: SmartBillOfMaterials | null;
  /** Secure Client (AnyConnect) licensing, when the plan has a `secureClient` section. */
  secureClient: SecureClientReport | null;
  /** Drops of the running license caused by expiring keys, with their order-by days. */
  lapses: Lapse[];
  /** The stretches over which a PAK pair's or cluster's license requirements are not met. */
  broken: BrokenStretch[];
}

const EMPTY: Omit<PlanAnalysis, 'issues' | 'valid'> = {
  plan: null,
  unitIds: [],
  unitStretches: {},
  combined: [],
  keys: [],
  events: [],
  billOfMaterials: null,
  secureClient: null,
  lapses: [],
  broken: [],
};

export function analyzePlan(input: unknown): PlanAnalysis {
  // Validation: the plan's format and the checks across its sections.
  const parsed = parsePlan(input);
  if (!parsed.ok) return { ...EMPTY, issues: parsed.issues, valid: false };
  const plan = parsed.plan;
  const toDate = dateFormatter(plan.startDate);
  const issues: Issue[] = [...validateReferences(plan), ...observedNotes(plan)];

  // Simulation, unit by unit: PAK (pak-integration.ts), Smart (smart-integration.ts), Secure Client (secure-client-integration.ts).
  const pak = analyzePakUnits(plan, toDate);
  issues.push(...pak.issues);
  const unitStretches: Record<string, LicenseStretch[]> = { ...pak.sim.unitStretches };
  const events = new PlanEvents(pak.sim.events, pak.sim.expiries, toDate);
  const smart = analyzeSmartUnits(plan);
  issues.push(...smart.issues);
  Object.assign(unitStretches, smart.unitStretches);
  for (const e of smart.events) events.addDated(e);
  const unitIds = plan.deployment.units.map((u) => u.id).filter((id) => unitStretches[id] !== undefined);
  const secureClient = analyzePlanSecureClient(plan);
  if (secureClient) applyRunningPeers(plan, secureClient, unitStretches);

  // Combination: the running license over time (combine-timeline.ts).
  const combineIssues = new Map<string, Issue>();
  const combined = combineTimeline(plan, unitIds, unitStretches, pak.sim, smart.combine, combineIssues, pak.combines);
  issues.push(...combineIssues.values());

  // Rules over the units' and the combined licenses.
  issues.push(...licenseConflictsOverTime(plan, unitIds, unitStretches));
  const over = pakRequirementsOverTime(plan, pak.units, unitStretches, toDate);
  issues.push(...over.issues);
  for (const e of over.events) events.add(e);
  issues.push(...activeActiveContextsDivided(plan, combined[0]?.running));
  issues.push(...linkDownReverted(pak.sim.revertedStretches));
  if (secureClient) {
    issues.push(...secureClient.issues);
    for (const e of secureClient.events) events.addDated(e);
    // The legacy shared-license simulation runs in fractional days; its events go on the plan's
    // timeline on the day they happen.
    for (const e of secureClient.shared?.events ?? []) {
      events.addDated({ day: Math.floor(e.day), type: 'shared-license', ...(e.unit ? { unit: e.unit } : {}), message: e.message, cite: e.cite });
    }
  }

  // Renewals: the keys' lapses, then subscription terms (Secure Client, ASAv100), whose events are already on the timeline.
  const leadDays = plan.purchaseLeadDays ?? DEFAULT_PURCHASE_LEAD_DAYS;
  const keyLapses = lapsesFromExpiries(findLapses(combined, events.expiries, leadDays), pak.sim.keys);
  const renewals = lapseIssuesAndEvents(keyLapses, plan.horizonDays, leadDays, toDate);
  const subscriptions = subscriptionRenewals(combined, secureClient, smart.subscriptions, leadDays);
  const lapses = subscriptions.length === 0 ? keyLapses : [...keyLapses, ...subscriptions].sort((a, b) => a.day - b.day);
  issues.push(...renewals.issues);

  // Result: resultAt reads any day off this.
  return {
    plan,
    issues,
    valid: !issues.some((i) => i.severity === 'error'),
    unitIds,
    unitStretches,
    combined,
    keys: pak.sim.keys,
    events: events.withRenewals(renewals.events),
    billOfMaterials: smart.billOfMaterials,
    secureClient,
    lapses,
    broken: over.broken,
  };
}
