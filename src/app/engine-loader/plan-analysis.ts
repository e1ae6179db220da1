// One engine analysis per plan object, shared by everything that reads the plan (the results on
// the as-of day, the timeline's samples): analyzePlan is the expensive step, resultAt is cheap.
import { analyzePlan, type Plan, type PlanAnalysis } from '../../engine/index';

const cache = new WeakMap<Plan, PlanAnalysis>();

export function analysisOf(plan: Plan): PlanAnalysis {
  let analysis = cache.get(plan);
  if (analysis === undefined) {
    analysis = analyzePlan(plan);
    cache.set(plan, analysis);
  }
  return analysis;
}
