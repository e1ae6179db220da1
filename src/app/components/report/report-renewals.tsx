// The renewals to order, as of the report day.
import type { EvaluateResult, Plan } from '../../../engine/index';
import { shortDate } from '../../lib/dates';
import { LAPSE_STATUS, leadDaysOf, renewalRows } from '../../lib/renewals';

export function ReportRenewals({ plan, result }: { plan: Plan; result: EvaluateResult }) {
  const rows = renewalRows(result, plan, result.at);
  return (
    <section className="report-section" aria-labelledby="report-renewals-h" data-testid="report-renewals">
      <h3 id="report-renewals-h">Renewals</h3>
      {rows.length === 0 ? (
        <p className="muted">No expiring key lowers the running license within the horizon.</p>
      ) : (
        <>
          <p>Order by = the lapse date less the {leadDaysOf(plan)}-day purchase lead time.</p>
          <table className="renewal-table">
            <thead>
              <tr>
                <th scope="col">Lapses on</th>
                <th scope="col">Lapsing feature</th>
                <th scope="col">Change</th>
                <th scope="col">Expiring keys</th>
                <th scope="col">Order by</th>
                <th scope="col">Status on the report day</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.feature}-${r.day}`} className={`tone-${r.tone}`}>
                  <td className="nowrap">{shortDate(plan.startDate, r.day)}</td>
                  <td>
                    {r.label}
                    {r.severity === 'warning' ? ' (time-based only: switches off)' : ''}
                  </td>
                  <td>{r.change}</td>
                  <td>{r.keys.join(', ')}</td>
                  <td className="nowrap">{shortDate(plan.startDate, r.orderByDay)}</td>
                  <td>{LAPSE_STATUS[r.tone]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
