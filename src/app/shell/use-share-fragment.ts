// Opens a plan carried by a `#share=` link, on load and when the fragment changes, then clears
// the fragment so a reload does not import it again.
import { useEffect } from 'react';
import { planStore } from '../store/plan-store';
import { whenPageSettled } from './when-page-settled';

/** The fragment whose plan is open but not yet saved: it stays in the address until it is. */
let awaitingSave: string | undefined;

const clearFragment = () => history.replaceState(null, '', window.location.pathname + window.location.search);

/**
 * Opens the plan of the address's `#share=` fragment, if it has one, and clears the fragment. The
 * engine must be loaded. src/main.tsx calls it before the first render, so a link's plan is the
 * first one drawn (not a new plan drawn and then replaced); the hook covers a fragment changed later.
 *
 * `saveWhenSettled` (the first load): the opened plan is saved once the page has shown it and gone
 * quiet (when-page-settled.ts), or when the page is left, whichever comes first. Saving a 2,000-key
 * plan (its sealed record, localStorage, the IndexedDB mirror) took ~80–100 ms of the first load,
 * between the editor's paint and the results' (issue 25). Until then the fragment stays in the
 * address, so a tab killed in between opens the link again on reload; an edit, or opening another
 * plan, saves it at once (autosave.ts, deferNextWrite).
 */
export function openShareFromAddress(options: { saveWhenSettled?: boolean } = {}): void {
  const hash = window.location.hash;
  if (!hash.startsWith('#share=') || hash === awaitingSave) return;
  if (!options.saveWhenSettled) {
    planStore().getState().openShareFragment(hash);
    clearFragment();
    return;
  }
  awaitingSave = hash;
  const opened = planStore()
    .getState()
    .openShareFragment(hash, {
      saveAfter: (save) => {
        let saved = false;
        const finish = () => {
          if (saved) return;
          saved = true;
          window.removeEventListener('pagehide', finish);
          save();
          awaitingSave = undefined;
          if (window.location.hash === hash) clearFragment();
        };
        window.addEventListener('pagehide', finish);
        whenPageSettled(finish, 5000);
      },
    });
  if (!opened) {
    awaitingSave = undefined;
    clearFragment();
  }
}

export function useShareFragment(): void {
  useEffect(() => {
    const open = () => openShareFromAddress();
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}
