// A text field whose every keystroke is offered to the store; when the engine says the value
// would make the plan unreadable, the field keeps what was typed and shows why.
import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  /** Returns the messages that rejected the value (empty when accepted). */
  onCommit: (value: string) => string[];
};

export function GuardedTextInput({ value, onCommit, onBlur, ...rest }: Props) {
  const errorId = useId();
  const [text, setText] = useState(value);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    setText(value);
    setErrors([]);
  }, [value]);
  return (
    <>
      <input
        {...rest}
        value={text}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={errors.length > 0 ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setErrors(onCommit(e.target.value));
        }}
        onBlur={(e) => {
          setText(value);
          setErrors([]);
          onBlur?.(e);
        }}
      />
      {errors.length > 0 && (
        <span id={errorId} className="field-error">
          {errors[0]}
        </span>
      )}
    </>
  );
}
