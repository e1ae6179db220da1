// The engine's "this unit must match the primary" issues for the plan being edited, by unit id.
// Read once the page has painted and the engine has loaded; the analysis is the one the results
// column reads (analysisOf caches it per plan), so this costs no second evaluation.
import { useMemo } from 'react';
import type { Issue } from '../../../engine/index';
import { engine } from '../../engine-loader/engine-runtime';
import { mismatchesByUnit } from './unit-mismatch';
import { usePlanStore } from '../../store/plan-store';
import { useAfterFirstPaint } from '../../engine-loader/use-after-first-paint';

const NONE: ReadonlyMap<string, Issue[]> = new Map();

export function useUnitMismatches(): ReadonlyMap<string, Issue[]> {
  const plan = usePlanStore((s) => s.plan);
  const ready = useAfterFirstPaint();
  return useMemo(() => (ready && plan.deployment.units.length > 1 ? mismatchesByUnit(engine().analysisOf(plan).issues) : NONE), [ready, plan]);
}
