// The one Renewals list: everything in the plan that runs out (time-based keys, Smart subscriptions
// and evaluation periods, Secure Client terms), soonest first, each with the day to order it by,
// filterable by kind and downloadable as a calendar. The entries are the engine's (renewalList); only
// their colour and status follow the as-of day. A big plan's list is paged, RENEWAL_PAGE_SIZE rows
// at a time (TanStack pagination).
import { useId, useMemo, useState } from 'react';
import { createPaginatedRowModel, functionalUpdate, rowPaginationFeature, tableFeatures, useTable, type PaginationState } from '@tanstack/react-table';
import { renewalKindLabel, renewalList, type EvaluateResult } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { filterOptions, filterRenewals, withTone, type RenewalFilter } from '../../ui/display/renewal-list';
import { leadDaysOf } from '../../ui/display/renewals';
import { RenewalCalendarButton } from '../../ui/renewal-calendar-button';
import { RenewalListTable } from '../../ui/renewal-list-table';
import { useResultsPlan } from '../../engine-loader/use-settled-plan';
import { TablePager } from '../../ui/table-pager';

export const RENEWAL_PAGE_SIZE = 50;
const features = tableFeatures({ rowPaginationFeature, paginatedRowModel: createPaginatedRowModel() });

export function RenewalsCard({ result }: { result: EvaluateResult }) {
  const plan = useResultsPlan();
  const leadDays = leadDaysOf(plan);
  const filterId = useId();
  const [filter, setFilter] = useState<RenewalFilter>('all');
  const { renewals, secureClient, billOfMaterials, timeline, at } = result;
  const events = timeline.events;
  const entries = useMemo(() => renewalList(plan, { renewals, secureClient, billOfMaterials, timeline: { events } }), [plan, renewals, secureClient, billOfMaterials, events]);
  const all = useMemo(() => withTone(entries, at), [entries, at]);
  const rows = useMemo(() => filterRenewals(all, filter), [all, filter]);
  const upcoming = rows.filter((r) => r.tone !== 'expired').length;
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: RENEWAL_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(rows.length / pagination.pageSize));
  // The page stays put as the day moves; a list that shrank shows its last page.
  const page = { ...pagination, pageIndex: Math.min(pagination.pageIndex, pageCount - 1) };
  const table = useTable({
    features,
    columns: [],
    data: rows,
    getRowId: (r) => r.id,
    state: { pagination: page },
    onPaginationChange: (u) => setPagination(functionalUpdate(u, page)),
    autoResetPageIndex: false,
  });
  const pageRows = table.getRowModel().rows.map((r) => r.original);
  return (
    <section className="card" aria-labelledby="renewals-h" data-testid="renewals">
      <h2 id="renewals-h">Renewals</h2>
      {all.length === 0 ? (
        <p className="muted">Nothing in the plan runs out: no time-based key lowers the running license within the horizon, and there is no Smart subscription or Secure Client term.</p>
      ) : (
        <>
          <p className="muted">
            {upcoming} upcoming of {rows.length}
            {filter === 'all' ? '' : ` (${renewalKindLabel(filter, true)})`}, as of {shortDate(plan.startDate, at)}. Order by = the day it runs out less the {leadDays}-day purchase lead time.
          </p>
          <div className="field-row">
            <label className="stacked-field" htmlFor={filterId}>
              <span>Show</span>
              <select id={filterId} value={filter} data-testid="renewal-kind-filter" onChange={(e) => setFilter(e.target.value as RenewalFilter)}>
                {filterOptions(all).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <TablePager
            noun="Renewals"
            label="Pages of renewals"
            testId="renewal-pager"
            pageIndex={page.pageIndex}
            pageCount={pageCount}
            pageSize={page.pageSize}
            shown={pageRows.length}
            total={rows.length}
            onPage={(i) => table.setPageIndex(i)}
          />
          {rows.length === 0 ? <p className="muted">None of this kind.</p> : <RenewalListTable rows={pageRows} startDate={plan.startDate} testId="renewal-list" label="Renewals table" />}
          <RenewalCalendarButton plan={plan} rows={rows} filter={filter} title={filter === 'all' ? 'renewals' : `${renewalKindLabel(filter, true)} renewals`} />
        </>
      )}
    </section>
  );
}
