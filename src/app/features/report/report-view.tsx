// The printable report (a lazily loaded page, `?view=report`), as a document (issue 21 item 5):
// page one the summary (plan, deployment, the view's as-of day, headline figures, the next order-by
// date) and the bill of materials; then the running license on that day, the renewals, the issues
// by severity, the timeline and the plan's details. On paper only the report prints
// (styles/print.css, features/report/report.css).
import { useEffect, useRef } from 'react';
import type { EvaluateResult, Plan } from '../../../engine/index';
import { clampDay } from '../../engine-loader/use-evaluation';
import { dateToDay, dayToDate, shortDate } from '../../ui/display/dates';
import { usePlanStore } from '../../store/plan-store';
import { ReportCover } from './report-cover';
import { RouteLink } from '../../ui/route-link';
import { ReportBom } from './report-bom';
import { ReportIssues } from './report-issues';
import { ReportLicense } from './report-license';
import { ReportPlanSummary } from './report-plan-summary';
import { ReportRenewals } from './report-renewals';
import { ReportTimeline } from './report-timeline';

export default function ReportView({ plan, result }: { plan: Plan; result: EvaluateResult }) {
  const setView = usePlanStore((s) => s.setView);
  const chartFeature = usePlanStore((s) => s.view.chartFeature);
  const chartUnit = usePlanStore((s) => s.view.chartUnit);
  const editorUnit = usePlanStore((s) => s.plan.deployment.units[s.view.selectedUnit]?.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const unitIds = plan.deployment.units.map((u) => u.id);
  return (
    <article className="report" aria-labelledby="report-h" data-testid="report">
      <header className="report-head">
        <h2 id="report-h" ref={heading} tabIndex={-1}>
          License report: {plan.name}
        </h2>
        <p className="report-subtitle" data-testid="report-as-of">
          As of <strong>{shortDate(plan.startDate, result.at)}</strong> (day {result.at} of {plan.horizonDays})
        </p>
        <div className="field-row no-print">
          <label className="stacked-field">
            <span>Report as of</span>
            <input
              type="date"
              value={dayToDate(plan.startDate, result.at)}
              min={plan.startDate}
              max={dayToDate(plan.startDate, plan.horizonDays)}
              onChange={(e) => {
                const d = dateToDay(plan.startDate, e.target.value);
                if (d !== undefined) setView({ asOfDay: clampDay(d, plan.horizonDays) });
              }}
              data-testid="report-date"
            />
          </label>
          <button type="button" className="primary" onClick={() => window.print()}>
            Print
          </button>
          <RouteLink to="plan" className="button">
            Back to the plan
          </RouteLink>
        </div>
      </header>
      <ReportCover plan={plan} result={result} />
      <ReportBom plan={plan} />
      <ReportLicense result={result} unitIds={unitIds} startDate={plan.startDate} />
      <ReportRenewals plan={plan} result={result} />
      <ReportIssues issues={result.issues} valid={result.valid} plan={plan} />
      <ReportTimeline plan={plan} result={result} chartFeature={chartFeature} chartUnit={chartUnit} editorUnit={editorUnit} />
      <ReportPlanSummary plan={plan} result={result} />
    </article>
  );
}
