// One line of a plan's bill of materials: what to order, how many, what for, for how long, and
// where the documents say so. PAK lines name the license option or key where the documents give
// no PID; Smart and Secure Client lines carry the PID or SKU the documents list.
import type { Issue } from '../types';

export type OrderKind = 'pak-permanent' | 'pak-time-based' | 'smart' | 'secure-client';

export interface OrderLine {
  kind: OrderKind;
  /** The PID or SKU; for a PAK license option without a PID, the option's name. */
  pid: string;
  /** False when `pid` is a license option or key name (the documents give no PID). */
  isPid: boolean;
  quantity: number;
  /** What it is for, in words. */
  for: string;
  /** "3 years", "364 days", "30 months"; null for a permanent license. */
  term: string | null;
  /** The units it is ordered for (a Secure Client license shared by the headends: empty). */
  units: string[];
  cite: string;
}

export interface PlanBillOfMaterials {
  lines: OrderLine[];
  /** Notes on the lines (the Smart BOM's issues: packs with spare contexts, PLR, subscriptions). */
  notes: Issue[];
}
