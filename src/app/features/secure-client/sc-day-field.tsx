// A day of the plan for a Secure Client license, as a day number or a calendar date (kept in step).
// Unlike the key editor's day input it takes days before the plan start (a license bought earlier)
// and may be left empty when the field is optional.
import { LIMITS } from '../../../engine/plan/limits';
import { DayDateField, type DayDateFieldProps } from '../../ui/input/day-date-field';

const MAX_DAY = LIMITS.maxDay;

export function ScDayField(props: Omit<DayDateFieldProps, 'min' | 'max'>) {
  return <DayDateField {...props} min={-MAX_DAY} max={MAX_DAY} />;
}
