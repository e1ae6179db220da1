import { lazy, Suspense } from 'react';
import { useEvaluation } from '../hooks/use-evaluation';
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
import { RunningLicenseTable } from './running-license-table';

const TimelineCharts = lazy(() => import('./timeline-charts'));

export function App() {
  const plan = usePlanStore((s) => s.plan);
  const asOfDay = usePlanStore((s) => s.view.asOfDay);
  const result = useEvaluation(plan, asOfDay);
  useUndoShortcuts();
  useShareFragment();
  return (
    <>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <HeaderBar />
      <NoticeBanner />
      <main className="layout">
        <div className="editor" aria-label="Plan editor" role="region">
          <PlanSettings />
          <DeploymentEditor />
          <EventsEditor />
        </div>
        <div className="results" id="results" aria-label="Results" role="region" tabIndex={-1}>
          <AsOfControl />
          <IssuesPanel issues={result.issues} valid={result.valid} />
          <RunningLicenseTable result={result} />
          <KeyStatusTable result={result} />
          <Suspense fallback={<p className="card muted">Loading the timeline…</p>}>
            <TimelineCharts plan={plan} result={result} />
          </Suspense>
        </div>
      </main>
    </>
  );
}
