// A day of the plan, entered as a day number or as a calendar date (kept in step).
import { useId } from 'react';
import { LIMITS } from '../../../engine/plan/limits';
import { dateToDay, dayToDate } from '../../ui/display/dates';
import { NumberInput } from '../../ui/input/number-input';

interface Props {
  label: string;
  day: number;
  startDate: string;
  onChange: (day: number) => void;
  path: string;
  max?: number;
}

export function DayDateInput({ label, day, startDate, onChange, path, max = LIMITS.maxDay }: Props) {
  const id = useId();
  return (
    <fieldset className="day-date" data-path={path}>
      <legend>{label}</legend>
      <label className="stacked-field">
        <span>Day</span>
        <NumberInput value={day} min={0} max={max} onCommit={(n) => n !== undefined && onChange(n)} className="narrow" />
      </label>
      <label className="stacked-field" htmlFor={id}>
        <span>Date</span>
        <input
          id={id}
          type="date"
          value={dayToDate(startDate, day)}
          min={startDate}
          onChange={(e) => {
            const d = dateToDay(startDate, e.target.value);
            if (d !== undefined && d >= 0 && d <= max) onChange(d);
          }}
        />
      </label>
    </fieldset>
  );
}
