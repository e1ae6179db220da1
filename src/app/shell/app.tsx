import { lazy, Suspense } from 'react';
import { useRoute } from '../ui/use-route';
import { useShareFragment } from './use-share-fragment';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { AfterFirstPaint } from './after-first-paint';
import { DeploymentEditor } from '../features/plan-editor/deployment-editor';
import { EventsEditor } from '../features/plan-editor/events-editor';
import { HeaderBar } from './header-bar';
import { NoticeBanner } from './notice-banner';
import { PlanSettings } from '../features/plan-editor/plan-settings';
import { ResultsColumn } from './results-column';
import { useWideLayout } from '../shell/use-wide-layout';

// The comparison and the report (they evaluate the plan: the engine is loaded before they render).
const RoutedView = lazy(() => import('./routed-view'));
const DeviceImportPanel = lazy(() => import('../features/device-text/device-import-panel'));
const SecureClientEditor = lazy(() => import('../features/secure-client/secure-client-editor'));

// The device output card as it first shows (closed), until its code has loaded: the cards under it
// do not move when it arrives.
const deviceImportPlaceholder = (
  <section className="card" aria-labelledby="device-import-h" data-testid="device-import">
    <div className="card-head">
      <h2 id="device-import-h">Import device output</h2>
      <button type="button" aria-expanded={false} disabled>
        Paste device output…
      </button>
    </div>
    <p className="muted hint" role="status" />
  </section>
);

export function App() {
  useUndoShortcuts();
  useShareFragment();
  const route = useRoute();
  const wide = useWideLayout();
  if (route !== 'plan')
    return (
      <AfterFirstPaint>
        <Suspense fallback={null}>
          <RoutedView route={route} />
        </Suspense>
      </AfterFirstPaint>
    );
  // Wide: the editor on the left, the results on the right. Narrow: the results first, then the
  // editor. The two swap places in the page itself (keyed: React moves them, keeping their state),
  // so the reading and Tab order is the order on screen.
  const editor = (
    <div key="editor" className="editor" id="editor" aria-label="Plan editor" role="region" tabIndex={-1}>
      {/* The editor reads its own parts of the store: moving the as-of day does not redraw it. Its
          lazy panels (device output, Secure Client) load after the first paint. */}
      <AfterFirstPaint fallback={deviceImportPlaceholder}>
        <Suspense fallback={deviceImportPlaceholder}>
          <DeviceImportPanel />
        </Suspense>
      </AfterFirstPaint>
      <PlanSettings />
      <DeploymentEditor />
      <EventsEditor />
      <AfterFirstPaint>
        <Suspense fallback={null}>
          <SecureClientEditor />
        </Suspense>
      </AfterFirstPaint>
    </div>
  );
  const results = <ResultsColumn key="results" />;
  return (
    <>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <a className="skip-link" href="#editor">
        Skip to the plan editor
      </a>
      <HeaderBar />
      <NoticeBanner />
      <main className={wide ? 'layout' : 'layout results-first'}>{wide ? [editor, results] : [results, editor]}</main>
    </>
  );
}
