// Whether the plan page shows the editor and the results side by side (a wide window) or one above
// the other (a phone or a narrow window: the results first). The breakpoint is the one in
// styles/app.css (".layout", 1180px): the page puts its parts in the order they are seen, so a
// screen reader and the Tab key meet them in that order too.
import { useSyncExternalStore } from 'react';

export const WIDE_LAYOUT_QUERY = '(min-width: 1180px)';

function query(): MediaQueryList | undefined {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' ? undefined : window.matchMedia(WIDE_LAYOUT_QUERY);
}

function subscribe(listener: () => void): () => void {
  const q = query();
  q?.addEventListener('change', listener);
  return () => q?.removeEventListener('change', listener);
}

/** True when the editor and the results stand side by side (and where the window cannot say: jsdom, a server render). */
export function useWideLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? true,
    () => true,
  );
}
