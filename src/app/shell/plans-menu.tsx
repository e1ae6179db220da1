// The saved plans of this browser: switch, create, duplicate, delete.
import { usePlanStore } from '../store/plan-store';
import { PlanPicker } from '../ui/plan-picker';

export function PlansMenu() {
  const planId = usePlanStore((s) => s.planId);
  const saved = usePlanStore((s) => s.savedPlans);
  const openPlan = usePlanStore((s) => s.openPlan);
  const createPlan = usePlanStore((s) => s.createPlan);
  const duplicatePlan = usePlanStore((s) => s.duplicatePlan);
  const deletePlan = usePlanStore((s) => s.deletePlan);
  const current = saved.find((p) => p.id === planId);
  return (
    <div className="button-group" role="group" aria-label="Saved plans">
      <PlanPicker label="Plan" value={planId} plans={saved} onPick={openPlan} testId="plan-switcher" inline />
      <button type="button" onClick={createPlan}>
        New
      </button>
      <button type="button" onClick={duplicatePlan}>
        Duplicate
      </button>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(`Delete the saved plan “${current?.name ?? 'this plan'}”? This cannot be undone.`)) deletePlan(planId);
        }}
      >
        Delete
      </button>
    </div>
  );
}
