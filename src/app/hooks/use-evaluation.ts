// The engine's answer for the current plan on the as-of day. The plan is analysed once per edit
// (analyzePlan); moving the as-of day only reads the analysis (resultAt), which is cheap.
import { useMemo } from 'react';
import { analyzePlan, resultAt, type EvaluateResult, type Plan } from '../../engine/index';

export function clampDay(day: number, horizon: number): number {
  return Math.min(Math.max(0, Math.round(day)), horizon);
}

export function useEvaluation(plan: Plan, asOfDay: number): EvaluateResult {
  const analysis = useMemo(() => analyzePlan(plan), [plan]);
  return useMemo(() => resultAt(analysis, clampDay(asOfDay, plan.horizonDays)), [analysis, asOfDay, plan.horizonDays]);
}
