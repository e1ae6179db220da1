import { lazy, Suspense } from 'react';
import { useEvaluation } from '../hooks/use-evaluation';
import { useRoute } from '../hooks/use-route';
import { useShareFragment } from '../hooks/use-share-fragment';
import { useUndoShortcuts } from '../hooks/use-undo-shortcuts';
import type { Route } from '../lib/route';
import { usePlanStore } from '../store/plan-store';
import { AfterFirstPaint } from './after-first-paint';
import { DeploymentEditor } from './deployment-editor';
import { EventsEditor } from './events-editor';
import { HeaderBar } from './header-bar';
import { NoticeBanner } from './notice-banner';
import { PlanSettings } from './plan-settings';
import { ResultsColumn } from './results-column';
import { RoutedView } from './routed-view';

const DeviceImportPanel = lazy(() => import('./device-text/device-import-panel'));
const SecureClientEditor = lazy(() => import('./secure-client/secure-client-editor'));

export function App() {
  useUndoShortcuts();
  useShareFragment();
  const route = useRoute();
  if (route !== 'plan') return <RoutedPage route={route} />;
  return (
    <>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <HeaderBar />
      <NoticeBanner />
      <main className="layout">
        {/* The editor reads its own parts of the store: moving the as-of day does not redraw it. Its
            lazy panels (device output, Secure Client) load after the first paint. */}
        <div className="editor" aria-label="Plan editor" role="region">
          <AfterFirstPaint>
            <Suspense fallback={null}>
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
        <ResultsColumn />
      </main>
    </>
  );
}

function RoutedPage({ route }: { route: Exclude<Route, 'plan'> }) {
  const plan = usePlanStore((s) => s.plan);
  const asOfDay = usePlanStore((s) => s.view.asOfDay);
  const result = useEvaluation(plan, asOfDay);
  return <RoutedView route={route} plan={plan} result={result} />;
}
