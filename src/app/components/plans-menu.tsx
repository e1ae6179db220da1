// The saved plans of this browser: switch, create, duplicate, delete.
import { usePlanStore } from '../store/plan-store';

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
      <label className="inline-field">
        <span>Plan</span>
        <select value={planId} onChange={(e) => openPlan(e.target.value)} data-testid="plan-switcher">
          {saved.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || 'Untitled plan'}
            </option>
          ))}
        </select>
      </label>
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
