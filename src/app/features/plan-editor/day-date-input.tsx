// A day of the plan from its start on, entered as a day number or as a calendar date (kept in step).
import { LIMITS } from '../../../engine/plan/limits';
import { DayDateField } from '../../ui/input/day-date-field';

interface Props {
  label: string;
  day: number;
  startDate: string;
  onChange: (day: number) => void;
  path: string;
  max?: number;
}

export function DayDateInput({ label, day, startDate, onChange, path, max = LIMITS.maxDay }: Props) {
  return <DayDateField label={label} day={day} startDate={startDate} path={path} min={0} max={max} onChange={(d) => d !== undefined && onChange(d)} />;
}
