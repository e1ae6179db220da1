// The pages other than the plan editor, each a lazily loaded chunk: the comparison of two plans
// and the printable report.
import { lazy, Suspense } from 'react';
import { useEvaluation } from '../engine-loader/use-evaluation';
import type { Route } from '../ui/route';
import { usePlanStore } from '../store/plan-store';
import { HeaderBar } from './header-bar';
import { NoticeBanner } from './notice-banner';

const CompareView = lazy(() => import('../features/compare/compare-view'));
const ReportView = lazy(() => import('../features/report/report-view'));
const SizingView = lazy(() => import('../features/sizing/sizing-view'));
const FleetView = lazy(() => import('../features/fleet/fleet-view'));

interface Props {
  route: Exclude<Route, 'plan'>;
}

export default function RoutedView({ route }: Props) {
  const plan = usePlanStore((s) => s.plan);
  const asOfDay = usePlanStore((s) => s.view.asOfDay);
  const result = useEvaluation(plan, asOfDay);
  return (
    <>
      <HeaderBar />
      <NoticeBanner />
      <main className={`page page-${route}`}>
        <Suspense fallback={<p className="card muted">Loading…</p>}>
          {route === 'compare' ? <CompareView /> : route === 'size' ? <SizingView plan={plan} /> : route === 'fleet' ? <FleetView /> : <ReportView plan={plan} result={result} />}
        </Suspense>
      </main>
    </>
  );
}
