// A number field that takes decimals and negative values (a growth rate), committing only numbers
// in range; an empty field commits `undefined`.
import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  min: number;
  max: number;
};

export function DecimalInput({ value, onCommit, min, max, onBlur, ...rest }: Props) {
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  const valid = (n: number) => Number.isFinite(n) && n >= min && n <= max;
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      step="any"
      min={min}
      max={max}
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
          onCommit(undefined);
          return;
        }
        const n = Number(t);
        if (valid(n) && n !== value) onCommit(n);
      }}
    />
  );
}
