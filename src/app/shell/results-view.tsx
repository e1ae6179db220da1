// The results column's content (a lazily loaded chunk with TanStack Table): everything read off the
// engine's result on the as-of day. The cards that do not depend on the day (issues) are memoised;
// the timeline chunk memoises its charts. Once every card has been laid out (and its size noted),
// the cards out of view are skipped by the browser ("settled", styles/app.css). A large plan's
// results follow an edit once typing pauses (hooks/use-settled-plan.ts).
import { lazy, memo, Suspense } from 'react';
import type { EvaluateResult, Plan } from '../../engine/index';
import { usePaintedSinceMount } from '../engine-loader/use-after-first-paint';
import { useEvaluation } from '../engine-loader/use-evaluation';
import { ResultsPlanContext, useSettledPlan } from '../engine-loader/use-settled-plan';
import { usePlanStore } from '../store/plan-store';
import { BomCard } from '../features/bill-of-materials/bom-card';
import { AsOfControl } from '../features/timeline/as-of-control';
import { AsOfBar } from '../features/timeline/as-of-bar';
import { IssuesPanel } from '../features/input-integrity/issues-panel';
import { KeyStatusTable } from '../features/timeline/key-status-table';
import { RenewalsCard } from '../features/renewals/renewals-card';
import { RunningLicenseTable } from '../features/running-license/running-license-table';
import { useWideLayout } from './use-wide-layout';

const TimelineCharts = lazy(() => import('../features/timeline/timeline-charts'));
const ShowVersionPanel = lazy(() => import('../features/device-text/show-version-panel'));
const SecureClientResults = lazy(() => import('../features/secure-client/secure-client-results'));

const timelineLoading = <p className="card muted">Loading the timeline…</p>;

export default function ResultsView() {
  const { plan, pending } = useSettledPlan(usePlanStore((s) => s.plan));
  const asOfDay = usePlanStore((s) => s.view.asOfDay);
  const result = useEvaluation(plan, asOfDay);
  const settled = usePaintedSinceMount();
  const wide = useWideLayout();
  return (
    <ResultsPlanContext.Provider value={plan}>
      <div className={settled ? 'results settled' : 'results'} id="results" aria-label="Results" role="region" tabIndex={-1} aria-busy={pending}>
        {/* A large plan's results follow an edit once typing pauses (use-settled-plan.ts): till then they say they are the plan's before it. */}
        <p className="results-pending" role="status" data-testid="results-pending">
          {pending ? <span>Updating the results for your last edit…</span> : null}
        </p>
        <ResultCards plan={plan} result={result} settled={settled} wide={wide} />
      </div>
    </ResultsPlanContext.Provider>
  );
}

/** Memoised: a keystroke that leaves the shown plan and result as they were redraws none of the cards. */
const ResultCards = memo(function ResultCards({ plan, result, settled, wide }: { plan: Plan; result: EvaluateResult; settled: boolean; wide: boolean }) {
  // Beside the editor the issues come first (they point into it); on a phone, where the results
  // come before the editor, the running license leads, then the issues and the renewals.
  const issues = <IssuesPanel key="issues" issues={result.issues} valid={result.valid} />;
  const license = <RunningLicenseTable key="license" result={result} />;
  const keys = <KeyStatusTable key="keys" result={result} />;
  const renewals = <RenewalsCard key="renewals" result={result} />;
  return (
    <>
      <AsOfBar result={result} />
      <AsOfControl />
      {wide ? [issues, license, keys, renewals] : [license, issues, renewals, keys]}
      <BomCard plan={plan} />
      {/* The lazy cards start loading once the cards above have been painted: React would otherwise hold those back until the charts' chunk had loaded and rendered. */}
      {settled ? (
        <>
          <Suspense fallback={timelineLoading}>
            <TimelineCharts plan={plan} result={result} />
          </Suspense>
          <Suspense fallback={null}>
            <SecureClientResults plan={plan} result={result} />
          </Suspense>
          <Suspense fallback={null}>
            <ShowVersionPanel plan={plan} result={result} />
          </Suspense>
        </>
      ) : (
        timelineLoading
      )}
    </>
  );
});
