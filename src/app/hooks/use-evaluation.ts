// The engine's answer for the current plan on the as-of day.
import { useMemo } from 'react';
import { evaluatePlan, type EvaluateResult, type Plan } from '../../engine/index';

export function clampDay(day: number, horizon: number): number {
  return Math.min(Math.max(0, Math.round(day)), horizon);
}

export function useEvaluation(plan: Plan, asOfDay: number): EvaluateResult {
  return useMemo(() => evaluatePlan(plan, { at: clampDay(asOfDay, plan.horizonDays) }), [plan, asOfDay]);
}
