// 001 §"Failover Licenses for the ASAv", "… Firepower 1010", "… 1100", "… 2100", "… Secure
// Firewall 3100", "… Firepower 4100/9300": what each unit of a Smart failover pair needs.
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import { aggregateContextAdvice, differentModels, graceNote, type HaSpec, isRegistering, plrPerUnit, sameEncryption, sameMethod, sameThroughput, secondaryEntitlements } from './shared-requirements';
import { smartIssue } from './smart-issue';
import { entitlementPath, unitPath } from './unit-role';

export function failoverHaSpec(model: SmartModel): HaSpec {
  const f = model.failover;
  return {
    kind: 'failover',
    group: 'failover pair',
    primaryName: 'active',
    registration: f.registration,
    requests: f.requests,
    ...(f.graceDays !== undefined ? { graceDays: f.graceDays } : {}),
    ...(f.renewalRequestInterval !== undefined ? { renewalRequestInterval: f.renewalRequestInterval } : {}),
    cite: f.cite,
  };
}

function unitNeeds(plan: Plan, model: SmartModel, u: SmartUnit, index: number): Issue[] {
  const issues: Issue[] = [];
  const f = model.failover;
  const at = (name: string) => ({ path: entitlementPath(plan, u, name), unit: u.id });
  if (plan.deployment.failover === 'active-active' && !f.modes.includes('active-active')) {
    issues.push(
      smartIssue(
        'error',
        'smart-active-active-unsupported',
        `${u.id}: deployment.failover is "active-active", but the ${model.name} supports Active/Standby failover only.`,
        `${f.cite}; ${model.features.failover?.cite ?? model.cite}`,
        { path: 'deployment.failover', unit: u.id, feature: 'failover' },
      ),
    );
  }
  const standardFromPrimary = index > 0 && f.requests.standard === 'primary';
  if (f.requires.includes('standard') && !u.smart.entitlements.standard && !model.standardAlwaysOn && !standardFromPrimary) {
    issues.push(
      smartIssue('error', 'smart-failover-needs-standard', `${u.id}: standard is false; each ${model.name} of the pair needs the Standard license before you can configure failover.`, f.cite, {
        ...at('standard'),
        feature: 'failover',
      }),
    );
  }
  if (f.requires.includes('security-plus') && !u.smart.entitlements['security-plus']) {
    issues.push(
      smartIssue(
        'error',
        'smart-failover-needs-security-plus',
        `${u.id}: security-plus is false; both Firepower 1010 units require the Standard and the Security Plus license before you can configure failover.`,
        f.cite,
        { ...at('security-plus'), feature: 'failover' },
      ),
    );
  }
  if (f.requires.includes('throughput') && u.smart.entitlements.throughput === undefined) {
    issues.push(
      smartIssue('error', 'asav-failover-needs-throughput', `${u.id}: no throughput entitlement; the standby unit requires the same model license as the primary unit.`, f.cite, {
        ...at('throughput'),
        feature: 'throughput',
      }),
    );
  }
  if (f.registration === 'each-unit' && !isRegistering(u)) {
    const soft = model.familyId === 'fpr-3100';
    issues.push(
      smartIssue(
        soft ? 'warning' : 'error',
        'smart-failover-unit-not-registered',
        soft
          ? `${u.id}: method "${u.smart.method}"; each Secure Firewall 3100 requests its own Standard license, so license each unit with the server before enabling failover.`
          : `${u.id}: method "${u.smart.method}"; both ${model.name} units must be registered (Smart Software Manager or On-Prem) or hold a permanent license before you configure failover.`,
        f.cite,
        { path: unitPath(plan, u, 'smart', 'method'), unit: u.id },
      ),
    );
  }
  return issues;
}

export function smartFailoverRequirements(plan: Plan, units: readonly SmartUnit[]): Issue[] {
  const primary = units[0];
  if (!primary) return [];
  const model = SMART_MODELS[primary.model];
  const ha = failoverHaSpec(model);
  return [
    ...units.flatMap((u, i) => unitNeeds(plan, SMART_MODELS[u.model], u, i)),
    ...(model.asav !== undefined ? sameThroughput(plan, units, model.failover.cite, 'asav-failover-same-license', 'the standby unit requires the same model license as the primary unit') : []),
    ...sameEncryption(plan, units, ha),
    ...sameMethod(plan, units, ha),
    ...secondaryEntitlements(plan, units, ha),
    ...aggregateContextAdvice(plan, units, ha),
    ...plrPerUnit(units, ha),
    ...differentModels(units, ha),
    ...graceNote(model, ha),
  ];
}
