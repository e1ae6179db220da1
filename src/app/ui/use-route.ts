// The current page (see ui/route.ts) as React state: follows the back and forward buttons and
// `navigate` calls.
import { useSyncExternalStore } from 'react';
import { parseRoute, routeUrl, type Route } from './route';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const current = (): Route => parseRoute(window.location.search);

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, current, () => 'plan');
}

/** Shows another page: a new history entry, top of the page. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const url = routeUrl(window.location.href, route);
  if (options.replace) history.replaceState(null, '', url);
  else if (url !== window.location.href) history.pushState(null, '', url);
  for (const l of listeners) l();
  window.scrollTo(0, 0);
}
