// 001 §"Firepower 1000, 2100, Secure Firewall 3100: Configure Regular Smart Software Licensing":
// "A tier license is a prerequisite for adding other feature licenses. For the Secure Firewall
// 3100, the Standard license is always enabled and cannot be disabled."
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import { smartIssue } from './smart-issue';
import { entitlementPath, unitRole } from './unit-role';

const tierCite = (model: SmartModel): string =>
  model.familyId === 'fpr-4100' || model.familyId === 'fpr-9300' ? CITE.configure4100 : model.familyId === 'asav' ? CITE.configureAsav : CITE.configureHardware;

/** A failover standby or cluster data unit that gets the Standard license from the primary. */
function standardFromPrimary(model: SmartModel, unit: SmartUnit, plan: Plan): boolean {
  if (unitRole(plan, unit) !== 'secondary') return false;
  const spec = plan.deployment.mode === 'cluster' ? model.cluster : model.failover;
  return spec?.requests.standard === 'primary';
}

export function standardTierOn(model: SmartModel, unit: SmartUnit, plan: Plan): boolean {
  return unit.smart.entitlements.standard || model.standardAlwaysOn || standardFromPrimary(model, unit, plan);
}

/** Add-on entitlements the unit asks for, which need the Standard tier. */
export function requestedAddOns(unit: SmartUnit): string[] {
  const e = unit.smart.entitlements;
  const out: string[] = [];
  if (e.contexts > 0) out.push(`contexts ${e.contexts}`);
  if (e.carrier) out.push('carrier');
  if (e['security-plus']) out.push('security-plus');
  if (e['strong-encryption']) out.push('strong-encryption');
  if (e.throughput !== undefined) out.push(`throughput ${e.throughput}`);
  return out;
}

export function standardTierIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  if (unit.smart.entitlements.standard) return [];
  const path = entitlementPath(plan, unit, 'standard');
  if (model.standardAlwaysOn) {
    return [
      smartIssue(
        'info',
        'smart-standard-always-on',
        `${unit.id}: standard is false, but on the ${model.name} the Standard license is always enabled and cannot be disabled; it stays on.`,
        CITE.configureHardware,
        { path, unit: unit.id },
      ),
    ];
  }
  if (standardFromPrimary(model, unit, plan)) {
    const cite = plan.deployment.mode === 'cluster' ? (model.cluster?.cite ?? model.failover.cite) : model.failover.cite;
    return [
      smartIssue(
        'info',
        'smart-standard-from-primary',
        `${unit.id}: standard is false; as a ${plan.deployment.mode === 'cluster' ? 'data' : 'standby'} ${model.name} it uses the Standard license the primary unit requests.`,
        cite,
        { path, unit: unit.id },
      ),
    ];
  }
  const addOns = requestedAddOns(unit);
  if (addOns.length > 0) {
    return [
      smartIssue(
        'error',
        'smart-standard-required',
        `${unit.id}: standard is false but the unit requests ${addOns.join(', ')}. A tier license is a prerequisite for adding other feature licenses: enable the Standard tier (the requested entitlements are not applied).`,
        tierCite(model),
        { path, unit: unit.id },
      ),
    ];
  }
  return [
    smartIssue(
      'warning',
      'smart-standard-off',
      `${unit.id}: standard is false. Without the Standard tier you cannot add feature licenses; the unit runs with the ${model.name} defaults only.`,
      tierCite(model),
      { path, unit: unit.id },
    ),
  ];
}
