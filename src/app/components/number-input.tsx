// A whole-number input that lets the user clear and retype: it commits only valid numbers in
// range and shows the plan's value again when the field loses focus.
import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  min?: number;
  max?: number;
  /** Whether an empty field commits `undefined` (an optional value). */
  optional?: boolean;
};

export function NumberInput({ value, onCommit, min, max, optional = false, onBlur, ...rest }: Props) {
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  const valid = (n: number) => Number.isInteger(n) && (min === undefined || n >= min) && (max === undefined || n <= max);
  return (
    <input
      {...rest}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
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
