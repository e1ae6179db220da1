// Light and dark themes: the system preference by default, or the user's choice, kept per browser.
import { useCallback, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'asa-planner/theme';

function readChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Called before the first render, so the page never flashes the wrong theme. */
export function applyStoredTheme(): void {
  apply(readChoice());
}

export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  const set = useCallback((t: ThemeChoice) => {
    setChoice(t);
    apply(t);
    try {
      if (t === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, t);
    } catch {
      // Storage unavailable: the choice lasts for this page only.
    }
  }, []);
  return [choice, set];
}
