// 001 §"Failover Licenses for the Firepower 1100" (and 2100, 3100, 4100/9300) and §"ASA Cluster
// Licenses for the Secure Firewall 3100" (and 4100/9300): "The value from each unit's Standard
// license plus the value of the Context license on the active [control] unit are combined up to
// the platform limit." 3100 ×6 with 20 → 12 + 20 = 32; 4112 ×3 with 250 → 280, capped at 250.
import type { SmartModel } from '../catalog/smart/types';

export interface ContextAggregate {
  /** Contexts each unit's Standard license includes, primary first. */
  included: number[];
  /** The Context license of the primary (active/control) unit. */
  license: number;
  total: number;
  /** The platform limit of one unit. */
  limit: number;
  value: number;
  capped: boolean;
  /** The primary Context license that reaches the limit exactly (001: "you should only configure … 230"). */
  largestUseful: number;
}

/** `models` in plan order, the primary first; null when a model has no security contexts. */
export function aggregateContexts(models: readonly SmartModel[], primaryLicense: number): ContextAggregate | null {
  const specs = models.map((m) => m.contexts);
  if (specs.length === 0 || specs.some((s) => s === null)) return null;
  const included = specs.map((s) => s!.included);
  const limit = Math.min(...specs.map((s) => s!.max));
  const sumIncluded = included.reduce((a, b) => a + b, 0);
  const license = Math.max(0, primaryLicense);
  const total = sumIncluded + license;
  return { included, license, total, limit, value: Math.min(total, limit), capped: total > limit, largestUseful: Math.max(0, limit - sumIncluded) };
}

export function describeAggregate(a: ContextAggregate, primary: string): string {
  const parts = a.included.join(' + ');
  return `${parts} included with the Standard licenses + ${a.license}-context license on ${primary} = ${a.total}${a.capped ? `, capped at the platform limit of one unit (${a.limit})` : ` (within the platform limit of ${a.limit})`}`;
}
