// When a need is met (plan-format.md §"Sizing"): a number when the combined running license is at
// least that number; true when the feature is enabled (clustering: the deployment forms the
// cluster asked for); a string when the value is that string, with "active-active" meeting
// "active-standby" for failover.
import type { FeatureId, FeatureValue } from '../types';

export function meets(feature: FeatureId, need: FeatureValue, running: FeatureValue | undefined, valid: boolean): boolean {
  if (running === undefined) return false;
  if (typeof need === 'number') return typeof running === 'number' && running >= need;
  if (need === true) {
    if (feature === 'clustering') return valid && running !== false && running !== 'unsupported';
    return running === true || (typeof running === 'number' && running > 0) || (typeof running === 'string' && running !== 'unsupported');
  }
  if (need === false) return running !== true;
  if (feature === 'failover' && need === 'active-standby') return running === 'active-standby' || running === 'active-active';
  return running === need;
}

export type Running = Partial<Record<FeatureId, FeatureValue>>;

export function unmetNeeds(needs: Partial<Record<FeatureId, FeatureValue>>, running: Running, valid: boolean): FeatureId[] {
  return (Object.entries(needs) as [FeatureId, FeatureValue][]).filter(([f, v]) => !meets(f, v, running[f], valid)).map(([f]) => f);
}
