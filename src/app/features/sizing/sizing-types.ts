// The sizing contract's result as the panel reads it (../shared/spec/plan-format.md §"Sizing").
import type { FeatureValue, Issue } from '../../../engine/index';

export interface SizingOrderLine {
  pid: string;
  quantity: number;
  for: string;
  term: string | number | null;
  cite: string;
}

export interface SizingFit {
  model: string;
  tier: string | null;
  licensing: 'pak' | 'smart';
  running: Record<string, FeatureValue>;
  headroom: Record<string, number>;
  order: SizingOrderLine[];
  plan: unknown;
}

export interface SizingReason {
  feature: string;
  message: string;
  cite: string;
}

export interface SizingRuledOut {
  model: string;
  tier: string | null;
  reasons: SizingReason[];
}

export interface SizingResult {
  valid: boolean;
  issues: Issue[];
  fits: SizingFit[];
  ruledOut: SizingRuledOut[];
}
