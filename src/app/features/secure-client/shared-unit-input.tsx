// A unit of the shared network: one of the plan's units (offered in a list) or any id typed in,
// such as an ASA outside this plan. An optional field left empty removes the unit.
import type { InputHTMLAttributes } from 'react';
import { GuardedTextInput } from '../../ui/input/guarded-text-input';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'> & {
  value: string | undefined;
  /** The id of the <datalist> of the plan's unit ids. */
  listId: string;
  optional?: boolean;
  /** Returns the messages that rejected the id (empty when accepted). */
  onCommit: (id: string | undefined) => string[];
};

export function SharedUnitInput({ value, listId, optional = false, onCommit, className = 'narrow-text', ...rest }: Props) {
  return (
    <GuardedTextInput
      {...rest}
      className={className}
      list={listId}
      autoComplete="off"
      spellCheck={false}
      value={value ?? ''}
      onCommit={(id) => (id === '' && optional ? onCommit(undefined) : onCommit(id))}
    />
  );
}

/** The plan's unit ids, offered by every SharedUnitInput that names `id`. */
export function UnitIdList({ id, unitIds }: { id: string; unitIds: readonly string[] }) {
  return (
    <datalist id={id}>
      {unitIds.map((u) => (
        <option key={u} value={u} />
      ))}
    </datalist>
  );
}
