// The drops of the running license that expiring keys cause (the engine's lapses), each with the
// day to order its renewal by, coloured like the keys: amber within the lead time, red once lapsed.
// The rows are the plan's; only their colour and status follow the as-of day (memoised rows). A big
// plan's list is paged, RENEWAL_PAGE_SIZE rows at a time (TanStack pagination).
import { memo, useMemo, useState } from 'react';
import { createPaginatedRowModel, functionalUpdate, rowPaginationFeature, tableFeatures, useTable, type PaginationState } from '@tanstack/react-table';
import type { EvaluateResult } from '../../engine/index';
import { shortDate } from '../lib/dates';
import { LAPSE_STATUS, lapseTone, leadDaysOf, renewalRows, type RenewalRow } from '../lib/renewals';
import { useResultsPlan } from '../hooks/use-settled-plan';
import { TablePager } from './table-pager';

type Tone = RenewalRow['tone'];

export const RENEWAL_PAGE_SIZE = 50;
const features = tableFeatures({ rowPaginationFeature, paginatedRowModel: createPaginatedRowModel() });

export function RenewalsCard({ result }: { result: EvaluateResult }) {
  const plan = useResultsPlan();
  const leadDays = leadDaysOf(plan);
  const lapses = result.renewals;
  const rows = useMemo(() => renewalRows({ renewals: lapses }, plan, 0), [lapses, plan]);
  const upcoming = rows.filter((r) => lapseTone(r, result.at) !== 'expired').length;
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: RENEWAL_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(rows.length / pagination.pageSize));
  // The page stays put as the day moves; a list that shrank shows its last page.
  const page = { ...pagination, pageIndex: Math.min(pagination.pageIndex, pageCount - 1) };
  const table = useTable({
    features,
    columns: [],
    data: rows,
    getRowId: (r) => `${r.feature}-${r.day}`,
    state: { pagination: page },
    onPaginationChange: (u) => setPagination(functionalUpdate(u, page)),
    autoResetPageIndex: false,
  });
  const pageRows = table.getRowModel().rows;
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
          <TablePager noun="Renewals" label="Pages of renewals" testId="renewal-pager" pageIndex={page.pageIndex} pageCount={pageCount} pageSize={page.pageSize} shown={pageRows.length} total={rows.length} onPage={(i) => table.setPageIndex(i)} />
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
                {pageRows.map((row) => (
                  <RenewalTableRow key={row.id} row={row.original} tone={lapseTone(row.original, result.at)} startDate={plan.startDate} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

const RenewalTableRow = memo(function RenewalTableRow({ row: r, tone, startDate }: { row: RenewalRow; tone: Tone; startDate: string }) {
  return (
    <tr className={`tone-${tone}`} data-feature={r.feature}>
      <td className="nowrap">{shortDate(startDate, r.day)}</td>
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
      <td className="order-by">{shortDate(startDate, r.orderByDay)}</td>
      <td>
        <span className={`badge badge-tone-${tone}`}>{LAPSE_STATUS[tone]}</span>
      </td>
    </tr>
  );
});
