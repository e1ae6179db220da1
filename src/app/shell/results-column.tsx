// The right-hand column. On the first load it comes one frame after the editor, and its code (the
// results, TanStack Table) is a separate chunk: the page paints before the engine has analysed the
// plan and before that code is parsed.
import { useEffect, useState, type ComponentType } from 'react';
import { useAfterFirstPaint } from '../engine-loader/use-after-first-paint';

let loading: Promise<ComponentType> | undefined;
let loaded: ComponentType | undefined;

/**
 * The results' code, loaded once. It is rendered when loaded, not through React.lazy: React shows a
 * Suspense boundary's content no sooner than 300 ms after its fallback, which held the results back.
 */
export function loadResultsView(): Promise<ComponentType> {
  loading ??= import('./results-view').then((m) => (loaded = m.default));
  return loading;
}

const column = (content: string) => (
  <div className="results results-loading" id="results" aria-label="Results" role="region" tabIndex={-1}>
    <p className="card muted">{content}</p>
  </div>
);
const placeholder = column('Working out the running license…');

export function ResultsColumn() {
  const ready = useAfterFirstPaint();
  const [view, setView] = useState<ComponentType | Error | undefined>(() => loaded);
  useEffect(() => {
    if (!ready || view !== undefined) return undefined;
    let live = true;
    loadResultsView().then(
      (component) => live && setView(() => component),
      (err: unknown) => live && setView(err instanceof Error ? err : new Error(String(err))),
    );
    return () => {
      live = false;
    };
  }, [ready, view]);
  if (view instanceof Error) return column(`The results could not load: ${view.message}. Reload the page.`);
  if (!ready || view === undefined) return placeholder;
  const ResultsView = view;
  return <ResultsView />;
}
