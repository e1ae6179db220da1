// The pages other than the plan editor, each a lazily loaded chunk: the comparison of two plans
// and the printable report.
import { lazy, Suspense } from 'react';
import type { EvaluateResult, Plan } from '../../engine/index';
import type { Route } from '../lib/route';
import { HeaderBar } from './header-bar';
import { NoticeBanner } from './notice-banner';

const CompareView = lazy(() => import('./compare/compare-view'));
const ReportView = lazy(() => import('./report/report-view'));

interface Props {
  route: Exclude<Route, 'plan'>;
  plan: Plan;
  result: EvaluateResult;
}

export function RoutedView({ route, plan, result }: Props) {
  return (
    <>
      <HeaderBar />
      <NoticeBanner />
      <main className={`page page-${route}`}>
        <Suspense fallback={<p className="card muted">Loading…</p>}>{route === 'compare' ? <CompareView /> : <ReportView plan={plan} result={result} />}</Suspense>
      </main>
    </>
  );
}
