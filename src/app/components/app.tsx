import { lazy, Suspense } from 'react';
import { useEvaluation } from '../hooks/use-evaluation';
import { useRoute } from '../hooks/use-route';
import { useShareFragment } from '../hooks/use-share-fragment';
import { useUndoShortcuts } from '../hooks/use-undo-shortcuts';
import { usePlanStore } from '../store/plan-store';
import { AsOfControl } from './as-of-control';
import { DeploymentEditor } from './deployment-editor';
import { EventsEditor } from './events-editor';
import { HeaderBar } from './header-bar';
import { IssuesPanel } from './issues-panel';
import { KeyStatusTable } from './key-status-table';
import { NoticeBanner } from './notice-banner';
import { PlanSettings } from './plan-settings';
import { RenewalsCard } from './renewals-card';
import { RoutedView } from './routed-view';
import { RunningLicenseTable } from './running-license-table';

const TimelineCharts = lazy(() => import('./timeline-charts'));
const DeviceImportPanel = lazy(() => import('./device-text/device-import-panel'));
const ShowVersionPanel = lazy(() => import('./device-text/show-version-panel'));
const SecureClientEditor = lazy(() => import('./secure-client/secure-client-editor'));
const SecureClientResults = lazy(() => import('./secure-client/secure-client-results'));

export function App() {
  const plan = usePlanStore((s) => s.plan);
  const asOfDay = usePlanStore((s) => s.view.asOfDay);
  const result = useEvaluation(plan, asOfDay);
  useUndoShortcuts();
  useShareFragment();
  const route = useRoute();
  if (route !== 'plan') return <RoutedView route={route} plan={plan} result={result} />;
  return (
    <>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <HeaderBar />
      <NoticeBanner />
      <main className="layout">
        <div className="editor" aria-label="Plan editor" role="region">
          <Suspense fallback={null}>
            <DeviceImportPanel />
          </Suspense>
          <PlanSettings />
          <DeploymentEditor />
          <EventsEditor />
          <Suspense fallback={null}>
            <SecureClientEditor />
          </Suspense>
        </div>
        <div className="results" id="results" aria-label="Results" role="region" tabIndex={-1}>
          <AsOfControl />
          <IssuesPanel issues={result.issues} valid={result.valid} />
          <RunningLicenseTable result={result} />
          <KeyStatusTable result={result} />
          <RenewalsCard result={result} />
          <Suspense fallback={<p className="card muted">Loading the timeline…</p>}>
            <TimelineCharts plan={plan} result={result} />
          </Suspense>
          <Suspense fallback={null}>
            <SecureClientResults plan={plan} result={result} />
          </Suspense>
          <Suspense fallback={null}>
            <ShowVersionPanel plan={plan} result={result} />
          </Suspense>
        </div>
      </main>
    </>
  );
}
