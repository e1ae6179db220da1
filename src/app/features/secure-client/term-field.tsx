// A term length: the 1, 3 and 5 year presets or any month count ("custom").
import { useId, useState } from 'react';
import { MAX_TERM_MONTHS, TERM_PRESETS } from './secure-client-form';
import { NumberInput } from '../../ui/input/number-input';

interface Props {
  months: number | undefined;
  path: string;
  onChange: (months: number | undefined) => void;
  /** Offer "Not set" (a license whose term is missing); off where a term is always wanted. */
  allowEmpty?: boolean;
}

const CUSTOM = 'custom';
const NONE = '';

export function TermField({ months, path, onChange, allowEmpty = true }: Props) {
  const selectId = useId();
  const monthsId = useId();
  const [custom, setCustom] = useState(months !== undefined && !TERM_PRESETS.includes(months));
  const isCustom = custom || (months !== undefined && !TERM_PRESETS.includes(months));
  const selected = isCustom ? CUSTOM : months === undefined ? NONE : String(months);
  return (
    <div className="field-row term-field" data-path={path}>
      <label className="stacked-field" htmlFor={selectId}>
        <span>Term</span>
        <select
          id={selectId}
          value={selected}
          onChange={(e) => {
            const v = e.target.value;
            if (v === CUSTOM) {
              setCustom(true);
              return;
            }
            setCustom(false);
            onChange(v === NONE ? undefined : Number(v));
          }}
        >
          {(allowEmpty || months === undefined) && <option value={NONE}>Not set</option>}
          {TERM_PRESETS.map((m) => (
            <option key={m} value={m}>
              {m} months ({m / 12} year{m === 12 ? '' : 's'})
            </option>
          ))}
          <option value={CUSTOM}>Custom length…</option>
        </select>
      </label>
      {isCustom && (
        <label className="stacked-field" htmlFor={monthsId}>
          <span>Months</span>
          <NumberInput id={monthsId} value={months} min={1} max={MAX_TERM_MONTHS} optional onCommit={onChange} className="narrow" />
        </label>
      )}
    </div>
  );
}
