// 001 §"ASA Cluster Licenses for the Secure Firewall 3100", "… for the ASA" (ASA virtual) and
// "… for the Firepower 4100/9300"; the Firepower 1000/2100 tables list "Clustering: No support".
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import {
  aggregateContextAdvice,
  differentModels,
  graceNote,
  type HaSpec,
  isRegistering,
  perUnitEntitlements,
  plrPerUnit,
  sameEncryption,
  sameMethod,
  sameThroughput,
  secondaryEntitlements,
} from './shared-requirements';
import { smartIssue } from './smart-issue';
import { unitPath } from './unit-role';

/** 001 states no maximum cluster size; its examples use 3 and 6 units. */
export const LARGEST_DOCUMENTED_CLUSTER = 6;

export function clusterHaSpec(model: SmartModel): HaSpec | null {
  const c = model.cluster;
  if (c === null) return null;
  return {
    kind: 'cluster',
    group: 'cluster',
    primaryName: 'control',
    registration: c.registration,
    requests: c.requests,
    ...(c.graceDays !== undefined ? { graceDays: c.graceDays } : {}),
    ...(c.renewalRequestInterval !== undefined ? { renewalRequestInterval: c.renewalRequestInterval } : {}),
    ...(c.sameMethod ? { sameMethod: true } : {}),
    cite: c.cite,
  };
}

function registrationNeeds(plan: Plan, model: SmartModel, units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const primary = units[0]!;
  const e = primary.smart.entitlements;
  const optional = e.contexts > 0 || e.carrier || e['strong-encryption'] || primary.smart.exportControlled;
  return units
    .filter((u) => !isRegistering(u))
    .map((u) => {
      const chassis = model.familyId === 'fpr-4100' || model.familyId === 'fpr-9300';
      const severity = chassis ? (optional ? 'error' : 'warning') : model.familyId === 'asav' ? 'error' : 'warning';
      const why = chassis
        ? 'to use Strong Encryption and other optional licenses, each Firepower 4100/9300 chassis must be registered'
        : model.familyId === 'asav'
          ? 'each unit requests its own Throughput license from the server'
          : 'each Secure Firewall 3100 requests its own Standard license; license each unit before enabling clustering';
      return smartIssue(severity, 'smart-cluster-unit-not-registered', `${u.id}: method "${u.smart.method}"; ${why}.`, ha.cite, { path: unitPath(plan, u, 'smart', 'method'), unit: u.id });
    });
}

export function smartClusterRequirements(plan: Plan, units: readonly SmartUnit[]): Issue[] {
  const primary = units[0];
  if (!primary) return [];
  const model = SMART_MODELS[primary.model];
  const unsupported = units.filter((u) => SMART_MODELS[u.model].cluster === null);
  if (unsupported.length > 0) {
    return unsupported.map((u) => {
      const m = SMART_MODELS[u.model];
      return smartIssue('error', 'smart-clustering-unsupported', `${u.id}: the ${m.name} does not support clustering (Clustering: No support).`, m.features.clustering?.cite ?? m.cite, {
        path: unitPath(plan, u, 'model'),
        unit: u.id,
        feature: 'clustering',
      });
    });
  }
  const ha = clusterHaSpec(model)!;
  const issues: Issue[] = [
    ...registrationNeeds(plan, model, units, ha),
    ...(model.asav !== undefined ? sameThroughput(plan, units, ha.cite, 'asav-cluster-same-throughput', 'each unit requires the same Throughput license') : []),
    ...sameEncryption(plan, units, ha),
    ...sameMethod(plan, units, ha),
    ...secondaryEntitlements(plan, units, ha),
    ...perUnitEntitlements(units, ha),
    ...aggregateContextAdvice(plan, units, ha),
    ...plrPerUnit(units, ha),
    ...differentModels(units, ha),
    ...graceNote(model, ha),
  ];
  if (units.length > LARGEST_DOCUMENTED_CLUSTER) {
    issues.push(
      smartIssue(
        'info',
        'smart-cluster-size',
        `${units.length} units: 001 states no maximum cluster size for the ${model.family}, and its examples use at most ${LARGEST_DOCUMENTED_CLUSTER}; check the clustering guide for the platform.`,
        ha.cite,
        { path: 'deployment.units' },
      ),
    );
  }
  const clusterNote = model.notes.find((n) => n.id === 'asav-clustering-000');
  if (clusterNote) issues.push(smartIssue('info', 'asav-clustering-sources-differ', clusterNote.text, clusterNote.cite));
  return issues;
}
