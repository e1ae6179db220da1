// Contexts asked as the total the deployment must run, turned into the Context license to request
// (and back). The units' Standard licenses each include their contexts (001 §"Firepower 4100": 10;
// §"Firepower 1000, 2100, Secure Firewall 3100: Configure Regular Smart Software Licensing": 2, "to use
// the maximum of 25 contexts on the Firepower 2110, enter 23"); in a pair or cluster the Context
// license of the primary/control unit is added to them up to the platform limit of one unit
// (001 §"ASA Cluster Licenses for the Firepower 4100/9300": 3 × 10 included + 30 licensed = 60).
import type { SmartModel } from '../catalog/smart/types';
import { aggregateContexts } from './context-aggregation';

export interface ContextTotal {
  /** Contexts each unit's Standard license includes, primary first. */
  included: number[];
  /** The Context license (what the plan stores: `entitlements.contexts` of the primary unit). */
  license: number;
  /** Contexts the deployment runs: included + licensed, up to the platform limit. */
  total: number;
  limit: number;
  /** The total asked for is above the platform limit (the license is the largest useful one). */
  overLimit: boolean;
  /** "10 + 10 + 10 included + 30 licensed = 60". */
  arithmetic: string;
  cite: string;
}

function arithmeticOf(included: readonly number[], license: number, total: number, capped: boolean, limit: number): string {
  return `${included.join(' + ')} included + ${license} licensed = ${capped ? `${included.reduce((a, b) => a + b, 0) + license}, capped at the platform limit of ${limit}` : total}`;
}

/** What a Context license gives the deployment; null when a model has no security contexts. */
export function contextTotalOf(models: readonly SmartModel[], license: number): ContextTotal | null {
  const a = aggregateContexts(models, license);
  if (a === null) return null;
  return {
    included: a.included,
    license: a.license,
    total: a.value,
    limit: a.limit,
    overLimit: a.capped,
    arithmetic: arithmeticOf(a.included, a.license, a.value, a.capped, a.limit),
    cite: models[0]!.contexts!.cite,
  };
}

/**
 * The Context license that makes the deployment run `total` contexts: the total less what the
 * Standard licenses include (never below 0); above the platform limit, the largest useful license.
 */
export function contextLicenseForTotal(models: readonly SmartModel[], total: number): ContextTotal | null {
  const a = aggregateContexts(models, 0);
  if (a === null) return null;
  const wanted = Math.max(0, Math.round(total));
  const license = Math.min(Math.max(0, wanted - a.total), a.largestUseful);
  const result = contextTotalOf(models, license)!;
  return { ...result, overLimit: wanted > a.limit };
}
