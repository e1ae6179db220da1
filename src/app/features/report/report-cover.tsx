// The report's first page (issue 21 item 5), under the title (the plan's name) and the day the
// report is as of (the view's as-of day): the deployment and licensing, the next order-by date, the
// issues by severity and the headline figures of the running license that day. The bill of
// materials follows on the same page.
import type { EvaluateResult, Plan } from '../../../engine/index';
import { renewalList } from '../../../engine/index';
import { shortDate, todayIso } from '../../ui/display/dates';
import { issueEntries } from '../../ui/display/issue-groups';
import { deploymentText, headlineFigures, issueCountText, licensingText, nextOrder } from './cover-facts';
import './report.css';

export function ReportCover({ plan, result }: { plan: Plan; result: EvaluateResult }) {
  const date = (day: number) => shortDate(plan.startDate, day);
  const figures = headlineFigures(result);
  const next = nextOrder(renewalList(plan, result), result.at);
  const entries = issueEntries(result.issues, plan);
  return (
    <section className="report-cover" aria-labelledby="report-cover-h" data-testid="report-cover">
      <h3 id="report-cover-h">Summary</h3>
      <dl className="report-facts">
        <dt>Deployment</dt>
        <dd>{deploymentText(plan)}</dd>
        <dt>Licensing</dt>
        <dd>{licensingText(plan)}</dd>
        <dt>Plan period</dt>
        <dd>
          {date(0)} to {date(plan.horizonDays)} ({plan.horizonDays} days)
        </dd>
        <dt>Next order by</dt>
        <dd data-testid="report-next-order">
          {next === undefined ? (
            'Nothing to order within the plan'
          ) : (
            <>
              <strong>{next.due ? `now (the order-by date was ${date(next.entry.orderByDay)})` : date(next.entry.orderByDay)}</strong>, for {next.entry.what}, which runs out on {date(next.entry.day)}.{' '}
              <span className="report-order">Order: {next.entry.order}</span>
            </>
          )}
        </dd>
        <dt>Issues</dt>
        <dd>
          {result.valid ? 'The plan works as drawn' : 'The plan cannot work as drawn'}: {issueCountText(entries)}
        </dd>
        <dt>Prepared</dt>
        <dd>{shortDate(todayIso(), 0)} with ASA License Planner</dd>
      </dl>
      {figures.length > 0 && (
        <>
          <h4 id="report-figures-h">Headline figures on {date(result.at)}</h4>
          <dl className="report-figures" aria-labelledby="report-figures-h" data-testid="report-figures">
            {figures.map((f) => (
              <div key={f.feature}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
