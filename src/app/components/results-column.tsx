// The right-hand column. On the first load it comes one frame after the editor, and its code (the
// results, TanStack Table) is a separate chunk: the page paints before the engine has analysed the
// plan and before that code is parsed.
import { lazy, Suspense } from 'react';
import { useAfterFirstPaint } from '../hooks/use-after-first-paint';

const ResultsView = lazy(() => import('./results-view'));

const placeholder = (
  <div className="results" id="results" aria-label="Results" role="region" tabIndex={-1}>
    <p className="card muted">Working out the running license…</p>
  </div>
);

export function ResultsColumn() {
  const ready = useAfterFirstPaint();
  return ready ? (
    <Suspense fallback={placeholder}>
      <ResultsView />
    </Suspense>
  ) : (
    placeholder
  );
}
