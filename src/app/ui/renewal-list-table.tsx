// The rows of the one Renewals list: when each thing runs out, what it is and changes, what to
// order and by when, coloured like the keys (amber within the lead time, red once run out).
import { memo } from 'react';
import { renewalKindLabel } from '../../engine/index';
import { shortDate } from './display/dates';
import { LAPSE_STATUS } from './display/renewals';
import type { RenewalListRow } from './display/renewal-list';
import { CiteTip } from './cite-tip';

export function RenewalListTable({ rows, startDate, testId, label }: { rows: readonly RenewalListRow[]; startDate: string; testId?: string; label: string }) {
  // Focusable so a keyboard can scroll it sideways on a narrow screen.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="renewal-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">Runs out on</th>
            <th scope="col">Order by</th>
            <th scope="col">What runs out</th>
            <th scope="col">Kind</th>
            <th scope="col">What to order</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <RenewalListTableRow key={r.id} row={r} startDate={startDate} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const RenewalListTableRow = memo(function RenewalListTableRow({ row: r, startDate }: { row: RenewalListRow; startDate: string }) {
  return (
    <tr
      className={`tone-${r.tone}`}
      data-id={r.id}
      data-kind={r.kind}
      {...(r.feature !== undefined ? { 'data-feature': r.feature } : {})}
      {...(r.kind === 'secure-client' ? { 'data-license': r.refs[0] } : {})}
    >
      <td className="nowrap">{shortDate(startDate, r.day)}</td>
      <td className="order-by nowrap">{shortDate(startDate, r.orderByDay)}</td>
      <td>
        {r.what}
        {r.kind === 'time-based-key' && r.severity === 'warning' ? (
          <span className="badge badge-warning" title="The feature exists only as a time-based license: it switches off">
            time-based only
          </span>
        ) : null}
        <div className="muted hint">{r.detail}</div>
      </td>
      <td>{renewalKindLabel(r.kind)}</td>
      <td>
        {r.order} <CiteTip cite={r.cite} />
      </td>
      <td>
        <span className={`badge badge-tone-${r.tone}`}>{LAPSE_STATUS[r.tone]}</span>
      </td>
    </tr>
  );
});
