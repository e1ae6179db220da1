// The one number field of the app. What the user typed stays in the field until they change it:
// a valid number (whole unless `decimals`, within min..max) is applied to the plan as they type;
// anything else (out of range, malformed, empty where a value is required) is marked invalid in
// place with the allowed range and the rule, is NOT applied, and is listed in the Issues panel
// (features/input-integrity). The plan then keeps the value it had before this edit: never a
// silent clamp, prefix or default. Escape puts the plan's value back in the field.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatValue } from '../display/format-value';
import { checkNumberText } from './check-number-text';
import { describeField } from './describe-field';
import { useUnappliedInputs } from './unapplied-inputs';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  min?: number;
  max?: number;
  /** Whether an empty field commits `undefined` (an optional value). */
  optional?: boolean;
  /** Accept decimals (a growth rate, a fraction of a day), not only whole numbers. */
  decimals?: boolean;
  /** The rule behind the range, one plain sentence for the Issues panel ("The ASA 5525-X allows up to 750."). */
  rule?: string;
  /** The seed section of that rule. */
  cite?: string;
};

export function NumberInput({ value, onCommit, min, max, optional = false, decimals = false, rule, cite, onBlur, onFocus, onKeyDown, id, ...rest }: Props) {
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState<string | null>(null);
  const ownId = useId();
  const inputId = id ?? ownId;
  const errorId = `${inputId}-not-applied`;
  const ref = useRef<HTMLInputElement>(null);
  // The plan's value when this edit began: what the plan keeps if the typed text is not valid.
  const baseline = useRef<number | undefined>(value);
  // The last value this field itself applied, to tell our own commits from an outside change.
  const applied = useRef<number | undefined>(value);
  const setUnapplied = useUnappliedInputs((s) => s.set);

  const text = draft ?? shown;
  const problem = draft === null ? undefined : checkNumberText(draft, { min, max, optional, decimals, badInput: ref.current?.validity.badInput ?? false });
  const kept = baseline.current === undefined ? 'no value' : formatValue(baseline.current);
  const message = problem === undefined ? undefined : `${problem} Not applied: the plan keeps ${kept}.`;

  // An outside change of the plan's value (undo, another plan, a command) ends the draft.
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      baseline.current = value;
      if (document.activeElement !== ref.current) setDraft(null);
    }
  }, [value]);

  useEffect(() => {
    if (message === undefined || draft === null) {
      setUnapplied(inputId, undefined);
      return;
    }
    const where = ref.current ? describeField(ref.current) : { label: 'A number field' };
    setUnapplied(inputId, { label: where.label, path: where.path, text: draft, message: rule ? `${problem} ${rule} Not applied: the plan keeps ${kept}.` : message, kept, cite });
  }, [message, problem, rule, draft, inputId, kept, cite, setUnapplied]);
  useEffect(() => () => setUnapplied(inputId, undefined), [inputId, setUnapplied]);

  const commit = (n: number | undefined) => {
    if (n === value) return;
    applied.current = n;
    onCommit(n);
  };

  return (
    <>
      <input
        {...rest}
        ref={ref}
        id={inputId}
        type="number"
        inputMode={decimals ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        step={decimals ? 'any' : 1}
        value={text}
        aria-invalid={message !== undefined ? true : undefined}
        aria-describedby={[rest['aria-describedby'], message !== undefined ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        onFocus={(e) => {
          if (draft === null) baseline.current = value;
          onFocus?.(e);
        }}
        onBlur={(e) => {
          // A valid draft is the plan's value now: show it as the plan formats it.
          if (draft !== null && message === undefined) {
            setDraft(null);
            baseline.current = value;
          }
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          // Enter settles a valid value: a later invalid edit keeps this one.
          if (e.key === 'Enter' && draft !== null && message === undefined) baseline.current = value;
          if (e.key === 'Escape' && draft !== null) {
            setDraft(null);
            commit(baseline.current);
          }
          onKeyDown?.(e);
        }}
        onChange={(e) => {
          const t = e.target.value;
          setDraft(t);
          const bad = checkNumberText(t, { min, max, optional, decimals, badInput: e.target.validity.badInput });
          if (bad === undefined) commit(t.trim() === '' ? undefined : Number(t));
          else commit(baseline.current);
        }}
      />
      {message !== undefined && (
        <span id={errorId} className="field-error" role="alert" data-testid="field-not-applied">
          {message}
        </span>
      )}
    </>
  );
}
