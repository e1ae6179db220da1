// A key's term: days, weeks, calendar months from its install date or years (365 days, the engine's
// rule: engine/dates.ts DAYS_PER_YEAR); the plan stores days (plan-format.md §"Days"), shown beside.
import { useEffect, useState } from 'react';
import { DAYS_PER_YEAR } from '../../../engine/dates';
import { LIMITS } from '../../../engine/plan/limits';
import { durationToDays, type DurationUnit } from '../../ui/display/dates';
import { NumberInput } from '../../ui/input/number-input';

interface Props {
  days: number;
  startDate: string;
  installDay: number;
  onChange: (days: number) => void;
  path: string;
}

export function DurationInput({ days, startDate, installDay, onChange, path }: Props) {
  const [amount, setAmount] = useState(days);
  const [unit, setUnit] = useState<DurationUnit>('days');
  // An outside change (undo, import) shows the plan's days again.
  useEffect(() => {
    if (durationToDays(amount, unit, startDate, installDay) !== days) {
      setAmount(days);
      setUnit('days');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the plan's value resets the editor
  }, [days]);
  const commit = (a: number, u: DurationUnit) => {
    setAmount(a);
    setUnit(u);
    const d = durationToDays(a, u, startDate, installDay);
    if (d >= 1 && d !== days) onChange(d);
  };
  return (
    <fieldset className="duration" data-path={path}>
      <legend>Duration</legend>
      <label className="stacked-field">
        <span>Amount</span>
        <NumberInput value={amount} min={1} max={LIMITS.maxDay} onCommit={(n) => n !== undefined && commit(n, unit)} className="narrow" />
      </label>
      <label className="stacked-field">
        <span>Unit</span>
        <select value={unit} onChange={(e) => commit(amount, e.target.value as DurationUnit)}>
          <option value="days">days</option>
          <option value="weeks">weeks</option>
          <option value="months">months</option>
          <option value="years">years</option>
        </select>
      </label>
      {unit !== 'days' && (
        <span className="muted hint">
          = {days} days{unit === 'years' && ` (the plan stores days; a year counts ${DAYS_PER_YEAR})`}
        </span>
      )}
    </fieldset>
  );
}
