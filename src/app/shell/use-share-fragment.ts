// Opens a plan carried by a `#share=` link, on load and when the fragment changes, then clears
// the fragment so a reload does not import it again.
import { useEffect } from 'react';
import { planStore } from '../store/plan-store';

export function useShareFragment(): void {
  useEffect(() => {
    const read = () => {
      const hash = window.location.hash;
      if (!hash.startsWith('#share=')) return;
      planStore().getState().openShareFragment(hash);
      history.replaceState(null, '', window.location.pathname + window.location.search);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
}
