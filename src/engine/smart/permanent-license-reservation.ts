// 001 §"Permanent License Reservation": one license enables all features, without periodic access
// to the Smart Software Manager; the account must be approved; return the license before
// decommissioning (001 §"Guidelines for Smart Software Licensing"). The ASA virtual's PLR is per
// entitlement and "not supported for the Azure hypervisor".
import { ASAV_SPEC } from '../catalog/smart/asav';
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import { smartIssue } from './smart-issue';
import { unitPath } from './unit-role';

export function plrBlockedByHypervisor(model: SmartModel, unit: SmartUnit): boolean {
  if (model.asav === undefined || unit.smart.method !== 'plr') return false;
  const hv = unit.hypervisor?.toLowerCase() ?? '';
  return ASAV_SPEC.plrUnsupportedHypervisors.some((h) => hv.includes(h));
}

export function plrIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  if (unit.smart.method !== 'plr') return [];
  const at = { path: unitPath(plan, unit, 'smart', 'method'), unit: unit.id };
  if (plrBlockedByHypervisor(model, unit)) {
    return [
      smartIssue(
        'error',
        'asav-plr-azure',
        `${unit.id}: Permanent License Reservation is not supported for the Azure hypervisor (hypervisor "${unit.hypervisor ?? ''}"); use regular or On-Prem Smart Licensing.`,
        `${CITE.plrAsav}; ${CITE.plrPrerequisites}`,
        { ...at, path: unitPath(plan, unit, 'hypervisor') },
      ),
    ];
  }
  const pid =
    model.asav !== undefined
      ? unit.smart.entitlements.throughput !== undefined
        ? ASAV_SPEC.throughput[unit.smart.entitlements.throughput].plrPid
        : 'the entitlement-specific PLR PID'
      : (model.pids.plr?.pid ?? 'the PLR PID');
  return [
    smartIssue(
      'info',
      'smart-plr',
      `${unit.id}: Permanent License Reservation (${pid}), no periodic contact with the Smart Software Manager needed. ${model.plr.text} Your account must be approved for PLR, and you must return the license before decommissioning the unit.`,
      `${model.plr.cite}; ${CITE.plrPrerequisites}; ${CITE.guidelines}`,
      at,
    ),
  ];
}
