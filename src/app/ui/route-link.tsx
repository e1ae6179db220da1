// A link to another page of the app (`?view=…`): a real link (opens in a new tab too), which
// switches pages in place on a plain click.
import type { MouseEvent, ReactNode } from 'react';
import { navigate, useRoute } from './use-route';
import type { Route } from './route';

const hrefOf = (to: Route): string => (to === 'plan' ? window.location.pathname : `${window.location.pathname}?view=${to}`);

interface Props {
  to: Route;
  children: ReactNode;
  className?: string;
}

export function RouteLink({ to, children, className }: Props) {
  const route = useRoute();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
    // The header is drawn again for the new page: keep focus on this page's link (a page's own
    // heading takes it when the page has loaded).
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) document.querySelector<HTMLElement>('.view-nav a[aria-current="page"]')?.focus();
    });
  };
  return (
    <a href={hrefOf(to)} className={className} aria-current={route === to ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
