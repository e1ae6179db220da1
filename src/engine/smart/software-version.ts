// Version-dependent statements of 001 §"History for Smart Software Licensing".
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import { smartIssue } from './smart-issue';
import { unitPath } from './unit-role';

/** "9.14(1.30)" → [9, 14, 1, 30]; "9.20" → [9, 20, 0, 0]. */
export function parseVersion(software: string): [number, number, number, number] | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})(?:\((\d+)(?:\.(\d+))?\))?/.exec(software);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
}

export function versionBelow(software: string, min: readonly [number, number, number, number]): boolean {
  const v = parseVersion(software);
  if (v === undefined) return false;
  for (let i = 0; i < 4; i++) if (v[i]! !== min[i]!) return v[i]! < min[i]!;
  return false;
}

export function softwareVersionIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  const software = unit.software;
  if (software === undefined) return [];
  const issues: Issue[] = [];
  const at = { path: unitPath(plan, unit, 'software'), unit: unit.id };
  if (model.asav !== undefined && versionBelow(software, [9, 13, 1, 0])) {
    issues.push(
      smartIssue(
        'warning',
        'asav-flexible-licensing-version',
        `${unit.id}: software ${software}: the limits shown are ASA virtual Flexible Licensing (9.13(1) and later); before 9.13(1) session limits follow the ASAv5/10/30/50/100 model type.`,
        CITE.history,
        at,
      ),
    );
  }
  if (model.asav !== undefined && unit.smart.method === 'plr' && unit.smart.entitlements.throughput === '20G' && versionBelow(software, [9, 14, 1, 30])) {
    issues.push(
      smartIssue('error', 'asav100-plr-version', `${unit.id}: software ${software}: ASAv100 (20G) Permanent License Reservation (L-ASAV100SR-K9=) needs 9.14(1.30) or later.`, CITE.history, at),
    );
  }
  if ((model.familyId === 'fpr-4100' || model.familyId === 'fpr-9300') && plan.deployment.mode === 'failover' && versionBelow(software, [9, 7, 1, 0])) {
    issues.push(
      smartIssue(
        'info',
        'smart-failover-licensing-before-9.7',
        `${unit.id}: software ${software}: before 9.7(1) both failover units requested license entitlements; from 9.7(1) only the active unit does.`,
        CITE.history,
        at,
      ),
    );
  }
  return issues;
}
