// Where a Smart unit sits in the plan: its JSON path and its role in failover or a cluster.
import type { Plan, SmartUnit, Unit } from '../plan/schema';
import { SMART_MODEL_IDS, type SmartModelId } from '../types';

export type UnitRole = 'standalone' | 'primary' | 'secondary';

export const isSmartUnit = (unit: Unit): unit is SmartUnit => (SMART_MODEL_IDS as readonly string[]).includes(unit.model);

export function unitIndex(plan: Plan, unit: { id: string }): number {
  return plan.deployment.units.findIndex((u) => u.id === unit.id);
}

/** `deployment.units[2].smart.entitlements.contexts` for `unitPath(plan, unit, 'smart', 'entitlements', 'contexts')`. */
export function unitPath(plan: Plan, unit: { id: string }, ...rest: string[]): string {
  const i = unitIndex(plan, unit);
  const base = `deployment.units[${i < 0 ? 0 : i}]`;
  return rest.length === 0 ? base : `${base}.${rest.join('.')}`;
}

export const entitlementPath = (plan: Plan, unit: { id: string }, name: string): string => unitPath(plan, unit, 'smart', 'entitlements', name);

/** units[0] is the primary (failover) or control (cluster) unit. */
export function unitRole(plan: Plan, unit: { id: string }): UnitRole {
  if (plan.deployment.mode === 'standalone') return 'standalone';
  return unitIndex(plan, unit) <= 0 ? 'primary' : 'secondary';
}

export const smartUnits = (plan: Plan): SmartUnit[] => plan.deployment.units.filter(isSmartUnit);

export const modelIdOf = (unit: SmartUnit): SmartModelId => unit.model;
