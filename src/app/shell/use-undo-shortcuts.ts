// Ctrl+Z undoes a plan edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it; Cmd on macOS.
import { useEffect } from 'react';
import { planStore } from '../store/plan-store';

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      // Text fields commit on every keystroke, so the plan's history is their undo history too.
      if (key === 'z') {
        e.preventDefault();
        if (e.shiftKey) planStore().getState().redo();
        else planStore().getState().undo();
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        planStore().getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
