// Fields whose typed text is not applied to the plan (out of range or malformed). The plan keeps
// its last valid value; the field keeps what the user typed, marked invalid; the Issues panel
// lists these so nothing is changed behind the user's back. UI state, not plan state: it is not
// saved, and a field that unmounts (another unit's tab, another plan) takes its entry with it.
import { create } from 'zustand';

export interface UnappliedInput {
  /** The field's on-screen label, e.g. "fw-b · AnyConnect Premium". */
  label: string;
  /** What the user typed, as typed. */
  text: string;
  /** Why it is not applied: the allowed range or options, and the rule. */
  message: string;
  /** The value the plan keeps, as shown. */
  kept: string;
  cite?: string;
  /** The plan path of the field (data-path), for "Go to". */
  path?: string;
}

interface State {
  inputs: Record<string, UnappliedInput>;
  set: (id: string, input: UnappliedInput | undefined) => void;
}

export const useUnappliedInputs = create<State>((set) => ({
  inputs: {},
  set: (id, input) =>
    set((s) => {
      if (input === undefined) {
        if (!(id in s.inputs)) return s;
        const { [id]: _gone, ...rest } = s.inputs;
        return { inputs: rest };
      }
      const old = s.inputs[id];
      if (old && old.text === input.text && old.message === input.message && old.label === input.label && old.kept === input.kept) return s;
      return { inputs: { ...s.inputs, [id]: input } };
    }),
}));
