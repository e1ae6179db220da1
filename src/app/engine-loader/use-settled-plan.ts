// The plan the results column shows. A small plan's results follow every edit at once. A large
// plan (over SETTLE_OVER keys and events: 2,000 keys on one unit take the engine, the tables and
// the timeline several hundred ms) is analysed once typing pauses for SETTLE_MS, so a keystroke
// only redraws the field typed in. Until then the results are those of the plan before the edit:
// the column says so (`pending`) and every card in it reads that same plan (ResultsPlanContext),
// never a mix of the plan as typed and the results of the one before.
import { createContext, useContext, useEffect, useState } from 'react';
import type { Plan } from '../../engine/index';
import { usePlanStore } from '../store/plan-store';

/** Plans with more time-based keys and events than this are analysed when typing pauses. */
export const SETTLE_OVER = 200;
/** How long typing must pause before a large plan is analysed again. */
export const SETTLE_MS = 300;

/** The engine's work grows with keys and events (README "## Performance"). */
export function planWork(plan: Plan): number {
  let n = plan.events.length;
  for (const u of plan.deployment.units) if ('timeBased' in u) n += u.timeBased.length;
  return n;
}

export function useSettledPlan(plan: Plan): { plan: Plan; pending: boolean } {
  const large = planWork(plan) > SETTLE_OVER;
  const [settled, setSettled] = useState(plan);
  // A small plan is shown as it is (and kept, so a plan that grows large starts from it).
  if (!large && settled !== plan) setSettled(plan);
  useEffect(() => {
    if (!large || settled === plan) return undefined;
    const timer = setTimeout(() => setSettled(plan), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [large, plan, settled]);
  const shown = large ? settled : plan;
  return { plan: shown, pending: shown !== plan };
}

/** The plan whose results are shown; undefined outside the results column (the store's plan is). */
export const ResultsPlanContext = createContext<Plan | undefined>(undefined);

/** The plan the results on screen belong to: read it instead of the store's plan in a results card. */
export function useResultsPlan(): Plan {
  const shown = useContext(ResultsPlanContext);
  return usePlanStore((s) => shown ?? s.plan);
}
