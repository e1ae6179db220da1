// The engine's Secure Client report for the plan (a lazily loaded chunk with Recharts): coverage over
// time, headend capacity, issues, renewals, a purchase recommendation, legacy shared licensing and
// the source notes.
import type { EvaluateResult, Plan } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { stretchOn } from './secure-client-coverage';
import { CapacitySection } from './capacity-section';
import { CoverageSection } from './coverage-section';
import { PurchaseAdvisor } from './purchase-advisor';
import { RenewalsSection } from './renewals-section';
import { ScIssuesList } from './sc-issues-list';
import { SharedLicensingResults } from './shared-licensing-results';
import { SourceNotes } from './source-notes';
import './secure-client.css';

interface Props {
  plan: Plan;
  result: EvaluateResult;
}

const n = new Intl.NumberFormat('en-US');

export default function SecureClientResults({ plan, result }: Props) {
  const report = result.secureClient;
  if (plan.secureClient === undefined || report === undefined) return null;
  const now = stretchOn(report.stretches, result.at);
  return (
    <section className="card" aria-labelledby="sc-results-h" data-testid="sc-results">
      <h2 id="sc-results-h">Secure Client coverage</h2>
      <dl className="headline">
        <div>
          <dt>Licensed on {shortDate(plan.startDate, result.at)}</dt>
          <dd>
            {now === undefined ? 'nothing' : `${n.format(now.plusUsers)} Plus, ${n.format(now.apexUsers)} Apex users`}
            {now?.evaluation ? ' (Apex evaluation running)' : ''}
          </dd>
        </div>
        <div>
          <dt>Demand</dt>
          <dd>
            {report.demand.uniqueUsers === null ? 'not given' : `${n.format(now?.demandUsers ?? report.demand.uniqueUsers)} unique users`}
            {report.demand.apexUsers !== null && `, ${n.format(now?.demandApexUsers ?? report.demand.apexUsers)} Apex`}
          </dd>
        </div>
        <div>
          <dt>Issues</dt>
          <dd>{report.issues.length}</dd>
        </div>
      </dl>
      <CoverageSection report={report} startDate={plan.startDate} horizon={plan.horizonDays} asOfDay={result.at} />
      <h3>Issues</h3>
      <ScIssuesList issues={report.issues} />
      <CapacitySection report={report} />
      <RenewalsSection plan={plan} result={result} />
      <PurchaseAdvisor plan={plan} />
      {plan.secureClient.shared !== undefined && <SharedLicensingResults plan={plan} report={report} asOfDay={result.at} />}
      <SourceNotes notes={report.notes} />
    </section>
  );
}
