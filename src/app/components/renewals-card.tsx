// The drops of the running license that expiring keys cause (the engine's lapses), each with the
// day to order its renewal by, coloured like the keys: amber within the lead time, red once lapsed.
import type { EvaluateResult } from '../../engine/index';
import { shortDate } from '../lib/dates';
import { LAPSE_STATUS, leadDaysOf, renewalRows } from '../lib/renewals';
import { usePlanStore } from '../store/plan-store';

export function RenewalsCard({ result }: { result: EvaluateResult }) {
  const plan = usePlanStore((s) => s.plan);
  const leadDays = leadDaysOf(plan);
  const rows = renewalRows(result, plan, result.at);
  const upcoming = rows.filter((r) => r.tone !== 'expired').length;
  return (
    <section className="card" aria-labelledby="renewals-h" data-testid="renewals">
      <h2 id="renewals-h">Renewals</h2>
      {rows.length === 0 ? (
        <p className="muted">No expiring key lowers the running license within the horizon.</p>
      ) : (
        <>
          <p className="muted">
            {upcoming} upcoming of {rows.length} within the horizon, as of {shortDate(plan.startDate, result.at)}. Order by = the lapse date less the {leadDays}-day purchase lead time.
          </p>
          <div className="table-scroll">
            <table className="renewal-table">
              <thead>
                <tr>
                  <th scope="col">Lapses on</th>
                  <th scope="col">Lapsing feature</th>
                  <th scope="col">Change</th>
                  <th scope="col">Expiring keys</th>
                  <th scope="col">Order by</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.feature}-${r.day}`} className={`tone-${r.tone}`} data-feature={r.feature}>
                    <td className="nowrap">{shortDate(plan.startDate, r.day)}</td>
                    <td>
                      {r.label}
                      {r.severity === 'warning' ? (
                        <span className="badge badge-warning" title="The feature exists only as a time-based license: it switches off">
                          time-based only
                        </span>
                      ) : null}
                    </td>
                    <td>{r.change}</td>
                    <td>{r.keys.join(', ')}</td>
                    <td className="order-by">{shortDate(plan.startDate, r.orderByDay)}</td>
                    <td>
                      <span className={`badge badge-tone-${r.tone}`}>{LAPSE_STATUS[r.tone]}</span>
                    </td>
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
