// The static checks of a Smart failover pair or cluster: what each unit needs and which unit
// requests what (001 §"Failover or ASA Cluster Licenses"). Per-unit checks are in smartUnitTimeline.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import { smartClusterRequirements } from './cluster-requirements';
import { smartFailoverRequirements } from './failover-requirements';
import { smartUnits } from './unit-role';

export function smartDeploymentRequirements(plan: Plan): Issue[] {
  const units = smartUnits(plan);
  // Mixed PAK/Smart deployments are rejected by plan validation; check only all-Smart ones here.
  if (units.length === 0 || units.length !== plan.deployment.units.length) return [];
  if (plan.deployment.mode === 'failover') return smartFailoverRequirements(plan, units);
  if (plan.deployment.mode === 'cluster') return smartClusterRequirements(plan, units);
  return [];
}
