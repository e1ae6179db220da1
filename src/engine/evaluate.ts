import { analyzePlan } from './analyze-plan';
import type { EvaluateResult } from './result';
import { resultAt } from './result-at';

export interface EvaluateOptions {
  /** The day to report (start of that day); 0 by default. */
  at?: number;
}

/** Evaluates an untrusted plan: never throws on bad input; problems come back as issues. */
export function evaluatePlan(plan: unknown, options: EvaluateOptions = {}): EvaluateResult {
  return resultAt(analyzePlan(plan), options.at ?? 0);
}

/** Evaluates once and reports several days (cheaper than calling evaluatePlan per day). */
export function evaluatePlanAtDays(plan: unknown, days: readonly number[]): EvaluateResult[] {
  const analysis = analyzePlan(plan);
  return days.map((d) => resultAt(analysis, d));
}
