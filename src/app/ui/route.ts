// Which page the app shows, kept in the URL's query (`?view=compare`), so a reload, the back
// button and a share link (built from the current URL) all land on the same page. The fragment
// stays free for `#share=` and in-page anchors.
export const ROUTES = ['plan', 'size', 'compare', 'report', 'fleet'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(search: string): Route {
  const view = new URLSearchParams(search).get('view');
  return view === 'compare' || view === 'report' || view === 'size' || view === 'fleet' ? view : 'plan';
}

/** The URL for a page: the same URL with `view` set (or removed for the plan) and no fragment. */
export function routeUrl(href: string, route: Route): string {
  const url = new URL(href);
  if (route === 'plan') url.searchParams.delete('view');
  else url.searchParams.set('view', route);
  url.hash = '';
  return url.toString();
}
