// A day of the plan for a Secure Client license, as a day number or a calendar date (kept in step).
// Unlike the key editor's day input it takes days before the plan start (a license bought earlier)
// and may be left empty when the field is optional.
import { useId } from 'react';
import { LIMITS } from '../../../engine/plan/limits';
import { dateToDay, dayToDate } from '../../ui/display/dates';
import { NumberInput } from '../../ui/input/number-input';

const MAX_DAY = LIMITS.maxDay;

interface Props {
  label: string;
  day: number | undefined;
  startDate: string;
  path: string;
  onChange: (day: number | undefined) => void;
  optional?: boolean;
}

export function ScDayField({ label, day, startDate, path, onChange, optional = false }: Props) {
  const dateId = useId();
  const dayId = useId();
  return (
    <fieldset className="day-date" data-path={path}>
      <legend>{label}</legend>
      <label className="stacked-field" htmlFor={dayId}>
        <span>Day</span>
        <NumberInput id={dayId} value={day} min={-MAX_DAY} max={MAX_DAY} optional={optional} onCommit={(n) => (n !== undefined || optional) && onChange(n)} className="narrow" />
      </label>
      <label className="stacked-field" htmlFor={dateId}>
        <span>Date</span>
        <input
          id={dateId}
          type="date"
          value={day === undefined ? '' : dayToDate(startDate, day)}
          onChange={(e) => {
            if (e.target.value === '') {
              if (optional) onChange(undefined);
              return;
            }
            const d = dateToDay(startDate, e.target.value);
            if (d !== undefined && Math.abs(d) <= MAX_DAY) onChange(d);
          }}
        />
      </label>
    </fieldset>
  );
}
