// Opens a plan carried by a `#share=` link, on load and when the fragment changes, then clears
// the fragment so a reload does not import it again.
import { useEffect } from 'react';
import { afterNextPaint } from '../engine-loader/use-after-first-paint';
import { planStore } from '../store/plan-store';

/** The fragment whose plan is open but not yet saved: it stays in the address until it is. */
let awaitingSave: string | undefined;

const clearFragment = () => history.replaceState(null, '', window.location.pathname + window.location.search);

/**
 * Opens the plan of the address's `#share=` fragment, if it has one, and clears the fragment. The
 * engine must be loaded. src/main.tsx calls it before the first render, so a link's plan is the
 * first one drawn (not a new plan drawn and then replaced); the hook covers a fragment changed later.
 *
 * `saveAfterPaint` (the first load): the opened plan is saved once the page has painted it, not
 * before. Saving a 2,000-key plan (its sealed record, localStorage, the IndexedDB mirror) took
 * ~80 ms of the first load (issue 25). Until then the fragment stays in the address, so a tab
 * killed in between opens the link again on reload; an edit in between is saved at once.
 */
export function openShareFromAddress(options: { saveAfterPaint?: boolean } = {}): void {
  const hash = window.location.hash;
  if (!hash.startsWith('#share=') || hash === awaitingSave) return;
  if (!options.saveAfterPaint) {
    planStore().getState().openShareFragment(hash);
    clearFragment();
    return;
  }
  awaitingSave = hash;
  const opened = planStore()
    .getState()
    .openShareFragment(hash, {
      saveAfter: (save) =>
        afterNextPaint(() => {
          save();
          awaitingSave = undefined;
          if (window.location.hash === hash) clearFragment();
        }),
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
