// Legacy shared AnyConnect Premium licensing as the engine simulated it (result.secureClient.shared):
// the server and pool on the as-of day, every stretch, the events and the issues.
import type { Plan } from '../../../engine/index';
import type { SecureClientReport } from '../../../engine/secure-client/index';
import { shortDate } from '../../ui/display/dates';
import { limitTrend, serverLabel, SHARED_NOT_IN_AC4, SHARED_NOT_IN_AC4_CITE, sharedDuration, sharedIssues, stretchAt } from './shared-licensing-view';
import { CiteTip } from '../../ui/cite-tip';
import { ScIssuesList } from './sc-issues-list';
import { SharedEventsList } from './shared-events-list';
import { SharedStretchTable } from './shared-stretch-table';
import './shared-licensing.css';

const n = new Intl.NumberFormat('en-US');

interface Props {
  plan: Plan;
  report: SecureClientReport;
  asOfDay: number;
}

export function SharedLicensingResults({ plan, report, asOfDay }: Props) {
  const shared = report.shared;
  const issues = sharedIssues(report.issues);
  const now = shared === undefined ? undefined : stretchAt(shared.stretches, asOfDay);
  return (
    <section className="shared-results" aria-labelledby="shared-results-h" data-testid="shared-results">
      <h3 id="shared-results-h">Shared licensing (AnyConnect 3 and earlier)</h3>
      <p className="shared-note" data-testid="shared-note">
        <strong>Note:</strong> {SHARED_NOT_IN_AC4} <CiteTip cite={SHARED_NOT_IN_AC4_CITE} />
      </p>
      {shared === undefined ? (
        <p className="muted">The network was not simulated: see the issues below.</p>
      ) : (
        <>
          <dl className="headline" data-testid="shared-headline">
            <div>
              <dt>Serving on {shortDate(plan.startDate, asOfDay)}</dt>
              <dd>{now === undefined ? '—' : serverLabel(now.server)}</dd>
            </div>
            <div>
              <dt>Pool free</dt>
              <dd>{now === undefined ? '—' : `${n.format(now.poolFree)} sessions`}</dd>
            </div>
            <div>
              <dt>Backup limit</dt>
              <dd>{now === undefined || now.backupLimitDays === null ? '—' : `${sharedDuration(now.backupLimitDays)}, ${limitTrend(now.backupLimitRate)}`}</dd>
            </div>
            <div>
              <dt>Refresh interval</dt>
              <dd>{shared.refreshIntervalSeconds} s</dd>
            </div>
          </dl>
          <h4>Stretches</h4>
          <p className="muted hint">
            Backup limit: the days the backup server may still serve at the start of the stretch, and whether it drains (serving), recharges (waiting as an inactive backup) or holds. Held: shared
            sessions the participant holds; served: sessions in use.
          </p>
          <SharedStretchTable stretches={shared.stretches} startDate={plan.startDate} asOfDay={asOfDay} />
          <h4>Events</h4>
          <SharedEventsList events={shared.events} startDate={plan.startDate} />
        </>
      )}
      <h4>Shared licensing issues</h4>
      <ScIssuesList issues={issues} testId="shared-issues" emptyText="No shared licensing issues." />
    </section>
  );
}
