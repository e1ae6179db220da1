// The engine's answer for the current plan on the as-of day. The plan is analysed once per edit
// (analysisOf, shared with the timeline); moving the as-of day only reads the analysis (resultAt).
import { useMemo } from 'react';
import { resultAt, type EvaluateResult, type Plan } from '../../engine/index';
import { analysisOf } from './plan-analysis';

export function clampDay(day: number, horizon: number): number {
  return Math.min(Math.max(0, Math.round(day)), horizon);
}

export function useEvaluation(plan: Plan, asOfDay: number): EvaluateResult {
  const analysis = useMemo(() => analysisOf(plan), [plan]);
  return useMemo(() => resultAt(analysis, clampDay(asOfDay, plan.horizonDays)), [analysis, asOfDay, plan.horizonDays]);
}
