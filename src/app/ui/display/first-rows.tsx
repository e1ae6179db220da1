// Long lists show their first rows and a button for the rest: a 2,000-key plan's timeline has
// ~2,000 events, ~12,000 elements drawn in full (issue 25). A short list shows every row.
import { useState } from 'react';

const count = new Intl.NumberFormat('en-US');

/** The rows to draw (the first `first`, or all once asked) and the button that switches; null when the list is short. */
export function useFirstRows<T>(rows: readonly T[], first: number, noun: string): { shown: readonly T[]; toggle: React.ReactNode } {
  const [all, setAll] = useState(false);
  if (rows.length <= first) return { shown: rows, toggle: null };
  return {
    shown: all ? rows : rows.slice(0, first),
    toggle: (
      <button type="button" className="first-rows-toggle" aria-expanded={all} onClick={() => setAll(!all)}>
        {all ? `Show the first ${count.format(first)} ${noun}` : `Show all ${count.format(rows.length)} ${noun}`}
      </button>
    ),
  };
}
