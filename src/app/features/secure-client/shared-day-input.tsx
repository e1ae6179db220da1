// A moment of the shared-licensing simulation as a day of the plan (0 = the start date; decimals
// are times of day, 0.5 = noon), with its calendar date shown beside it.
import type { InputHTMLAttributes } from 'react';
import { LIMITS } from '../../../engine/plan/limits';
import { sharedMoment } from './shared-licensing-view';
import { DecimalInput } from './decimal-input';

const MAX_DAY = LIMITS.maxDay;

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'min' | 'max'> & {
  id: string;
  day: number | undefined;
  startDate: string;
  optional?: boolean;
  /** What an empty optional day means. */
  emptyText?: string;
  onChange: (day: number | undefined) => void;
};

export function SharedDayInput({ id, day, startDate, optional = false, emptyText = 'not set', onChange, ...rest }: Props) {
  return (
    <span className="shared-day">
      <DecimalInput {...rest} id={id} value={day} min={0} max={MAX_DAY} className="shared-num" aria-describedby={`${id}-date`} onCommit={(d) => (d !== undefined || optional) && onChange(d)} />
      <span id={`${id}-date`} className="muted hint shared-date">
        {day === undefined ? emptyText : sharedMoment(startDate, day)}
      </span>
    </span>
  );
}
