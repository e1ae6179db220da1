// The plan's Secure Client demand with the defaults filled in.
import type { Plan } from '../plan/schema';
import { readDemandExtension } from './proposed-schema';
import type { SecureClientDemand } from './types';

export function readDemand(plan: Plan, growthOverride?: number): SecureClientDemand {
  const d = plan.secureClient?.demand;
  const ext = readDemandExtension(plan);
  return {
    uniqueUsers: d?.uniqueUsers ?? null,
    apexUsers: d?.apexUsers ?? null,
    peakConcurrent: d?.peakConcurrent ?? null,
    unattendedDevices: ext.unattendedDevices ?? 0,
    growthPercentPerYear: growthOverride ?? d?.growthPercentPerYear ?? 0,
    features: ext.features ?? [],
  };
}
