// The Plus and Apex terms to renew: the renewal SKU, the order-by date, and a calendar file of them.
import { useState } from 'react';
import type { Plan } from '../../../engine/index';
import { renewalCalendar, type SecureClientReport } from '../../../engine/secure-client/index';
import { renewalCalendarFileName } from '../../lib/secure-client-files';
import { CiteTip } from '../cite-tip';
import { downloadText } from './download-text';

const n = new Intl.NumberFormat('en-US');

export function RenewalsSection({ plan, report }: { plan: Plan; report: SecureClientReport }) {
  const [saved, setSaved] = useState('');
  const renewals = report.renewals;
  return (
    <>
      <h3>Renewals</h3>
      {renewals.length === 0 ? (
        <p className="muted">No Plus or Apex term to renew.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="sc-renewals">
            <thead>
              <tr>
                <th scope="col">License</th>
                <th scope="col">Users</th>
                <th scope="col">Last day</th>
                <th scope="col">Order by</th>
                <th scope="col">Renew with</th>
                <th scope="col">Renewed by</th>
                <th scope="col">Users to renew</th>
              </tr>
            </thead>
            <tbody>
              {renewals.map((r) => (
                <tr key={`${r.license}-${r.endDay}`} data-license={r.license}>
                  <td>
                    {r.license} ({r.type === 'plus' ? 'Plus' : 'Apex'}, {r.termMonths} months)
                  </td>
                  <td className="num">{n.format(r.users)}</td>
                  <td className="sc-date">{r.lastDate}</td>
                  <td className="sc-date">
                    <strong>{r.orderByDate}</strong>
                  </td>
                  <td>
                    <code>{r.sku}</code> <CiteTip cite={r.cite} />
                  </td>
                  <td>{r.renewedBy ?? (r.gapDays === null ? 'not renewed in the plan' : `gap of ${n.format(r.gapDays)} days`)}</td>
                  <td className="num">{r.recommendedUsers === null ? '—' : n.format(r.recommendedUsers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="field-row">
        <button
          type="button"
          disabled={renewals.length === 0}
          onClick={() => {
            const name = renewalCalendarFileName(plan.name);
            // The reminders fall on the order-by dates the report shows.
            const first = renewals[0];
            const text = renewalCalendar(plan, report, first === undefined ? {} : { leadDays: first.endDay - first.orderByDay });
            downloadText(name, text, 'text/calendar;charset=utf-8');
            setSaved(`Saved ${name} with ${(text.match(/^BEGIN:VEVENT/gm) ?? []).length} calendar entries.`);
          }}
        >
          Download renewal calendar (.ics)
        </button>
        <span className="muted hint" role="status">
          {saved}
        </span>
      </div>
    </>
  );
}
