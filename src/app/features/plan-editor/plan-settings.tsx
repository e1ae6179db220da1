import { parseIsoDate } from '../../ui/display/dates';
import { LIMITS } from '../../../engine/plan/limits';
import { DEFAULT_PURCHASE_LEAD_DAYS, leadDaysOf } from '../../ui/display/renewals';
import { usePlanStore } from '../../store/plan-store';
import { NumberInput } from '../../ui/input/number-input';

export function PlanSettings() {
  const plan = usePlanStore((s) => s.plan);
  const dispatch = usePlanStore((s) => s.dispatch);
  return (
    <section className="card" aria-labelledby="plan-settings-h">
      <h2 id="plan-settings-h">Plan</h2>
      <div className="field-row">
        <label className="stacked-field grow" data-path="name">
          <span>Name</span>
          <input value={plan.name} maxLength={200} onChange={(e) => dispatch({ type: 'set-plan-name', name: e.target.value })} />
        </label>
        <label className="stacked-field" data-path="startDate">
          <span>Start date (day 0)</span>
          <input
            type="date"
            value={plan.startDate}
            required
            onChange={(e) => {
              if (parseIsoDate(e.target.value) !== undefined) dispatch({ type: 'set-start-date', startDate: e.target.value });
            }}
          />
        </label>
        <label className="stacked-field" data-path="horizonDays">
          <span>Horizon (days)</span>
          <NumberInput value={plan.horizonDays} min={1} max={LIMITS.maxDay} className="narrow" onCommit={(n) => n !== undefined && dispatch({ type: 'set-horizon', days: n })} />
        </label>
        <label className="stacked-field" data-path="purchaseLeadDays">
          <span>Purchase lead time (days)</span>
          <NumberInput
            value={leadDaysOf(plan)}
            min={0}
            max={365}
            optional
            className="narrow"
            aria-describedby="lead-days-hint"
            data-testid="lead-days"
            onCommit={(n) => dispatch({ type: 'set-purchase-lead-days', days: n })}
          />
        </label>
      </div>
      <p id="lead-days-hint" className="muted hint">
        Renewals are to be ordered this many days before a key runs out (0–365; empty: {DEFAULT_PURCHASE_LEAD_DAYS}). Keys with that little time left show amber.
      </p>
    </section>
  );
}
