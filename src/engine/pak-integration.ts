// Bridges the PAK engine (the unit checks in plan/, the deployment and version rules in rules/, the
// simulation in timeline/) into the plan analysis, as smart-integration.ts does for Smart units and
// secure-client-integration.ts for Secure Client.
import { PAK_MODELS } from './catalog/pak/index';
import { isPakModelId } from './catalog/lookup';
import type { PakUnit, Plan } from './plan/schema';
import { validatePakUnit, validatePermanentKeyEvent } from './plan/validate-pak-unit';
import { noPayloadEncryptionLicenses } from './rules/no-payload-encryption-licenses';
import { pakClusterRequirements } from './rules/pak-cluster-requirements';
import { pakFailoverRequirements } from './rules/pak-failover-requirements';
import type { PakUnitForRules } from './rules/pak-unit-for-rules';
import { pakVersionRulesForPlan } from './rules/pak-version-rules';
import { requirementsOverTime, type BrokenStretch } from './rules/requirements-over-time';
import { sharedLicenseIssues } from './rules/shared-license-rules';
import { simulatePak, type SimulationResult, type SimUnitInput } from './timeline/pak-simulation';
import type { TimelineEvent } from './timeline-event';
import type { Issue } from './types';
import type { LicenseStretch } from './unit-timeline';

export interface PakAnalysis {
  /** The units' own checks, the pair's or cluster's requirements, shared licensing, version rules, then the simulation's. */
  issues: Issue[];
  /** What the deployment rules need to know of each PAK unit. */
  units: PakUnitForRules[];
  sim: SimulationResult;
  /** False for a failover pair on 8.2 or earlier: the primary's own license runs (rules/pak-version-rules.ts). */
  combines: boolean;
}

/** The PAK units of a plan, checked and simulated (units of other models are left to the Smart integration). */
export function analyzePakUnits(plan: Plan, toDate: (day: number) => string): PakAnalysis {
  const issues: Issue[] = [];
  const inputs: SimUnitInput[] = [];
  const units: PakUnitForRules[] = [];
  plan.deployment.units.forEach((unit, index) => {
    if (!isPakModelId(unit.model)) return;
    const pak = unit as PakUnit;
    const checked = validatePakUnit(pak, index);
    issues.push(...checked.issues, ...noPayloadEncryptionLicenses(pak, index, checked.tier));
    const model = PAK_MODELS[pak.model];
    const permanentKeys: NonNullable<SimUnitInput['permanentKeys']> = [];
    plan.events.forEach((event, e) => {
      if (event.type !== 'permanent-key' || event.unit !== pak.id) return;
      const checkedKey = validatePermanentKeyEvent(pak, event.tier, event.features, `events[${e}]`);
      issues.push(...checkedKey.issues);
      if (checkedKey.tier) permanentKeys.push({ day: event.day, tier: checkedKey.tier, features: checkedKey.features });
    });
    inputs.push({
      permanentKeys,
      id: pak.id,
      index,
      model,
      tier: checked.tier,
      software: pak.software,
      permanentFeatures: checked.permanentFeatures,
      keys: checked.keys,
      variant: { partSuffix: pak.partSuffix, noPayloadEncryption: pak.noPayloadEncryption },
    });
    units.push({ id: pak.id, index, model, tier: checked.tier, permanentFeatures: checked.permanentFeatures });
  });

  if (plan.deployment.mode === 'failover' && units.length > 0) issues.push(...pakFailoverRequirements(plan, units));
  if (plan.deployment.mode === 'cluster' && units.length > 0) issues.push(...pakClusterRequirements(units));
  issues.push(...sharedLicenseIssues(plan, inputs));
  // 000 §"History for PAK Licenses": rules by software release (rules/pak-version-rules.ts).
  const versions = pakVersionRulesForPlan(plan, inputs);
  issues.push(...versions.issues);
  for (const u of inputs) if (versions.oneActiveKey.has(u.id)) u.oneActiveKey = true;
  const sim = simulatePak(inputs, plan.events, plan.deployment.mode !== 'standalone' && versions.combines, toDate);
  issues.push(...sim.issues);
  return { issues, units, sim, combines: versions.combines };
}

/**
 * A PAK pair's or cluster's requirements checked over time, on the units' stretches as they end up
 * (Secure Client peers included): only when every unit is PAK.
 */
export function pakRequirementsOverTime(
  plan: Plan,
  units: PakUnitForRules[],
  unitStretches: Record<string, LicenseStretch[]>,
  toDate: (day: number) => string,
): { issues: Issue[]; events: TimelineEvent[]; broken: BrokenStretch[] } {
  const mode = plan.deployment.mode;
  if (mode === 'standalone' || units.length < 2 || units.length !== plan.deployment.units.length) return { issues: [], events: [], broken: [] };
  return requirementsOverTime(
    {
      mode,
      activeActive: plan.deployment.failover === 'active-active',
      multipleContext: plan.deployment.contextMode === 'multiple',
      units,
      stretches: units.map((u) => unitStretches[u.id]!),
    },
    toDate,
  );
}
