// A day of the plan, entered as a day number or as a calendar date (kept in step). The key and
// event editors take days from the plan start on; a Secure Client license also takes days before
// it (a license bought earlier) and may leave an optional day empty.
import { useId } from 'react';
import { LIMITS } from '../../../engine/plan/limits';
import { dateToDay, dayToDate } from '../display/dates';
import { NumberInput } from './number-input';

const MAX_DAY = LIMITS.maxDay;

export interface DayDateFieldProps {
  label: string;
  day: number | undefined;
  startDate: string;
  path: string;
  onChange: (day: number | undefined) => void;
  /** The first day allowed (0: the plan start; the date picker then starts there too). */
  min?: number;
  max?: number;
  /** Whether the day may be left empty (`onChange(undefined)`). */
  optional?: boolean;
}

export function DayDateField({ label, day, startDate, path, onChange, min = 0, max = MAX_DAY, optional = false }: DayDateFieldProps) {
  const dateId = useId();
  const dayId = useId();
  return (
    <fieldset className="day-date" data-path={path}>
      <legend>{label}</legend>
      <label className="stacked-field" htmlFor={dayId}>
        <span>Day</span>
        <NumberInput id={dayId} value={day} min={min} max={max} optional={optional} onCommit={(n) => (n !== undefined || optional) && onChange(n)} className="narrow" />
      </label>
      <label className="stacked-field" htmlFor={dateId}>
        <span>Date</span>
        <input
          id={dateId}
          type="date"
          value={day === undefined ? '' : dayToDate(startDate, day)}
          min={min >= 0 ? dayToDate(startDate, min) : undefined}
          onChange={(e) => {
            if (e.target.value === '') {
              if (optional) onChange(undefined);
              return;
            }
            const d = dateToDay(startDate, e.target.value);
            if (d !== undefined && d >= min && d <= max) onChange(d);
          }}
        />
      </label>
    </fieldset>
  );
}
