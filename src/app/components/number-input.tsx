// A number input that lets the user clear and retype: it commits only valid numbers in range and
// shows the plan's value again when the field loses focus. Whole numbers unless `decimals`.
import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  min?: number;
  max?: number;
  /** Whether an empty field commits `undefined` (an optional value). */
  optional?: boolean;
  /** Accept decimals (a growth rate, a fraction of a day), not only whole numbers. */
  decimals?: boolean;
};

export function NumberInput({ value, onCommit, min, max, optional = false, decimals = false, onBlur, ...rest }: Props) {
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  const valid = (n: number) => (decimals ? Number.isFinite(n) : Number.isInteger(n)) && (min === undefined || n >= min) && (max === undefined || n <= max);
  return (
    <input
      {...rest}
      type="number"
      inputMode={decimals ? 'decimal' : 'numeric'}
      min={min}
      max={max}
      step={decimals ? 'any' : 1}
      value={focused ? text : shown}
      aria-invalid={focused && text !== '' && !valid(Number(text)) ? true : undefined}
      onFocus={() => {
        setFocused(true);
        setText(shown);
      }}
      onBlur={(e) => {
        setFocused(false);
        onBlur?.(e);
      }}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        if (t === '') {
          if (optional) onCommit(undefined);
          return;
        }
        const n = Number(t);
        if (valid(n) && n !== value) onCommit(n);
      }}
    />
  );
}
