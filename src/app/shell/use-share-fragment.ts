// Opens a plan carried by a `#share=` link, on load and when the fragment changes, then clears
// the fragment so a reload does not import it again.
import { useEffect } from 'react';
import { planStore } from '../store/plan-store';

/**
 * Opens the plan of the address's `#share=` fragment, if it has one, and clears the fragment. The
 * engine must be loaded. src/main.tsx calls it before the first render, so a link's plan is the
 * first one drawn (not a new plan drawn and then replaced); the hook covers a fragment changed later.
 */
export function openShareFromAddress(): void {
  const hash = window.location.hash;
  if (!hash.startsWith('#share=')) return;
  planStore().getState().openShareFragment(hash);
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function useShareFragment(): void {
  useEffect(() => {
    openShareFromAddress();
    window.addEventListener('hashchange', openShareFromAddress);
    return () => window.removeEventListener('hashchange', openShareFromAddress);
  }, []);
}
