// One row per deployment of a fleet, and the fleet's expiries: each plan analysed once by the
// engine (analyzePlan), read on the fleet's as-of date (resultAt). The row's figures are the
// engine's: the combined running license, the issues, the next expiry and order-by date.
import { analyzePlan } from '../analyze-plan';
import { dayOfDate } from '../dates';
import { isPakModelId } from '../catalog/lookup';
import type { Plan } from '../plan/schema';
import { resultAt } from '../result-at';
import type { FeatureValue, ModelId } from '../types';
import { byDate, planRenewals, type FleetRenewal } from './fleet-renewals';
import { modelLabel } from './model-label';

/** The running values the fleet table shows for every deployment. */
export const HEADLINE_FEATURES = ['security-contexts', 'anyconnect-peers', 'other-vpn-peers', 'encryption'] as const;
export type HeadlineFeature = (typeof HEADLINE_FEATURES)[number];

export interface FleetRow {
  index: number;
  name: string;
  site: string;
  /** The model id, or "mixed" when the units differ. */
  model: string;
  modelName: string;
  units: number;
  mode: Plan['deployment']['mode'];
  licensing: 'PAK' | 'Smart' | 'mixed';
  valid: boolean;
  running: Partial<Record<HeadlineFeature, FeatureValue>>;
  /** The first expiry on or after the as-of date, and what it is. */
  nextExpiry: string | null;
  nextExpiryWhat: string | null;
  /** The earliest order-by date among the expiries still to come (may be past: order now). */
  nextOrderBy: string | null;
  errors: number;
  warnings: number;
  /** The first error's message, for an invalid plan. */
  firstError: string | null;
}

export interface FleetEvaluation {
  rows: FleetRow[];
  renewals: FleetRenewal[];
}

export interface FleetOptions {
  /** The day the fleet is seen on (YYYY-MM-DD); each plan's own start date by default. */
  asOfDate?: string;
}

function licensingOf(models: readonly ModelId[]): FleetRow['licensing'] {
  const pak = models.filter((m) => isPakModelId(m)).length;
  return pak === models.length ? 'PAK' : pak === 0 ? 'Smart' : 'mixed';
}

/** The row and expiries of one plan (the fleet's plan `index`). */
export function evaluateFleetPlan(index: number, plan: Plan, options: FleetOptions = {}): { row: FleetRow; renewals: FleetRenewal[] } {
  const analysis = analyzePlan(plan);
  const models = plan.deployment.units.map((u) => u.model);
  const model = models.every((m) => m === models[0]) ? models[0]! : 'mixed';
  const asOf = options.asOfDate === undefined ? 0 : Math.max(0, dayOfDate(plan.startDate, options.asOfDate));
  const result = resultAt(analysis, Math.min(asOf, plan.horizonDays));
  const renewals = analysis.valid ? planRenewals(index, plan, result, asOf).sort(byDate) : [];
  const running: FleetRow['running'] = {};
  for (const f of HEADLINE_FEATURES) if (result.running[f] !== undefined) running[f] = result.running[f];
  const orderBys = renewals.map((r) => r.orderByDate).sort();
  const errors = result.issues.filter((i) => i.severity === 'error');
  const row: FleetRow = {
    index,
    name: plan.name,
    site: plan.site ?? '',
    model,
    modelName: model === 'mixed' ? 'Mixed models' : modelLabel(model),
    units: plan.deployment.units.length,
    mode: plan.deployment.mode,
    licensing: licensingOf(models),
    valid: analysis.valid,
    running,
    nextExpiry: renewals[0]?.date ?? null,
    nextExpiryWhat: renewals[0] ? `${renewals[0].what}: ${renewals[0].detail}` : null,
    nextOrderBy: orderBys[0] ?? null,
    errors: errors.length,
    warnings: result.issues.filter((i) => i.severity === 'warning').length,
    firstError: errors[0]?.message ?? null,
  };
  return { row, renewals };
}

/** Every plan's row, and every expiry of the fleet in date order; `onProgress(done, total)` after each plan. */
export function evaluateFleet(plans: readonly Plan[], options: FleetOptions = {}, onProgress?: (done: number, total: number) => void): FleetEvaluation {
  const rows: FleetRow[] = [];
  const renewals: FleetRenewal[] = [];
  plans.forEach((plan, i) => {
    const one = evaluateFleetPlan(i, plan, options);
    rows.push(one.row);
    renewals.push(...one.renewals);
    onProgress?.(i + 1, plans.length);
  });
  renewals.sort(byDate);
  return { rows, renewals };
}
