// The renewals to order, as of the report day: the one Renewals list (keys, Smart, Secure Client).
import { renewalKindLabel, type EvaluateResult, type Plan } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { renewalListRows } from '../../ui/display/renewal-list';
import { LAPSE_STATUS, leadDaysOf } from '../../ui/display/renewals';

export function ReportRenewals({ plan, result }: { plan: Plan; result: EvaluateResult }) {
  const rows = renewalListRows(plan, result, result.at);
  return (
    <section className="report-section" aria-labelledby="report-renewals-h" data-testid="report-renewals">
      <h3 id="report-renewals-h">Renewals</h3>
      {rows.length === 0 ? (
        <p className="muted">Nothing in the plan runs out: no time-based key lowers the running license within the horizon, and there is no Smart subscription or Secure Client term.</p>
      ) : (
        <>
          <p>Order by = the day it runs out less the {leadDaysOf(plan)}-day purchase lead time.</p>
          <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="report-renewals-h">
            <table className="renewal-table">
              <thead>
                <tr>
                  <th scope="col">Runs out on</th>
                  <th scope="col">What runs out</th>
                  <th scope="col">Kind</th>
                  <th scope="col">What to order</th>
                  <th scope="col">Order by</th>
                  <th scope="col">Status on the report day</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={`tone-${r.tone}`}>
                    <td className="nowrap">{shortDate(plan.startDate, r.day)}</td>
                    <td>
                      {r.what}: {r.detail}
                    </td>
                    <td>{renewalKindLabel(r.kind)}</td>
                    <td>{r.order}</td>
                    <td className="nowrap">{shortDate(plan.startDate, r.orderByDay)}</td>
                    <td>{LAPSE_STATUS[r.tone]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
