// "Same on every unit": the fields of a pair or cluster edited as one. Each is on by default; turn
// one off where a unit legitimately differs (a failover secondary with fewer contexts, say). Turning
// one on copies the primary/control unit's value to the other units (one undo step).
import type { Unit } from '../../../engine/index';
import { IN_STEP_FIELDS, isSmart, type InStepField } from '../../store/unit-peers';
import { usePlanStore } from '../../store/plan-store';

function labelOf(field: InStepField, primary: Unit): string {
  switch (field) {
    case 'model':
      return 'Model';
    case 'tier':
      return 'License tier';
    case 'software':
      return 'Software version';
    case 'license':
      return isSmart(primary) ? 'Entitlements and method' : 'Permanent license';
  }
}

export function SameOnEveryUnit() {
  const units = usePlanStore((s) => s.plan.deployment.units);
  const differs = usePlanStore((s) => s.view.differsPerUnit) ?? [];
  const setView = usePlanStore((s) => s.setView);
  const dispatch = usePlanStore((s) => s.dispatch);
  const primary = units[0];
  if (primary === undefined || units.length < 2) return null;
  const fields = IN_STEP_FIELDS.filter((f) => f !== 'tier' || units.some((u) => !isSmart(u)));
  const toggle = (field: InStepField, on: boolean) => {
    if (on) {
      dispatch({ type: 'match-primary', fields: [field] });
      setView({ differsPerUnit: differs.filter((f) => f !== field) });
    } else setView({ differsPerUnit: [...differs, field] });
  };
  return (
    <fieldset className="radio-row same-on-every-unit" data-testid="same-on-every-unit">
      <legend>Same on every unit</legend>
      {fields.map((f) => (
        <label key={f} className="checkbox">
          <input type="checkbox" checked={!differs.includes(f)} onChange={(e) => toggle(f, e.target.checked)} />
          {labelOf(f, primary)}
        </label>
      ))}
      <span className="muted hint">An edit of a ticked field is made on every unit; turning one on copies {primary.id}’s.</span>
    </fieldset>
  );
}
