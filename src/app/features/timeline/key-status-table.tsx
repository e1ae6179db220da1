// Every key on the as-of day: state, days left, projected expiry; coloured when near or past expiry.
// Long lists (a 16-unit cluster has 640 keys) are paged, KEY_PAGE_SIZE rows at a time (TanStack
// pagination), so moving the day redraws one page.
import { memo, useState } from 'react';
import { createPaginatedRowModel, functionalUpdate, rowPaginationFeature, tableFeatures, useTable, type PaginationState } from '@tanstack/react-table';
import { catalog, type EvaluateResult, type FeatureId, type FeatureValue, type KeyStatus } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { formatValue } from '../../ui/display/format-value';
import { leadDaysOf } from '../../ui/display/renewals';
import { keySeriesId, keyTone, type KeyTone } from '../../ui/display/timeline-data';
import { useResultsPlan } from '../../engine-loader/use-settled-plan';
import { TablePager } from '../../ui/table-pager';

export const KEY_PAGE_SIZE = 50;

const features = tableFeatures({ rowPaginationFeature, paginatedRowModel: createPaginatedRowModel() });

/** What a key's colour means, for screen readers; near expiry is within the purchase lead time. */
export const toneLabel = (tone: KeyTone, leadDays: number): string =>
  ({ expired: 'expired', near: `runs out within the ${leadDays}-day purchase lead time`, ok: 'active', inactive: 'not counting' })[tone];

function featureList(features: Partial<Record<FeatureId, FeatureValue>>): string {
  return (Object.entries(features) as [FeatureId, FeatureValue][]).map(([f, v]) => `${catalog.features[f]?.label ?? f}: ${formatValue(v)}`).join('; ');
}

export function KeyStatusTable({ result }: { result: EvaluateResult }) {
  const plan = useResultsPlan();
  const startDate = plan.startDate;
  const leadDays = leadDaysOf(plan);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: KEY_PAGE_SIZE });
  const total = result.keys.length;
  const pageCount = Math.max(1, Math.ceil(total / pagination.pageSize));
  // The page stays put as the day moves; a plan that shrank shows its last page.
  const page = { ...pagination, pageIndex: Math.min(pagination.pageIndex, pageCount - 1) };
  const table = useTable({
    features,
    columns: [],
    data: result.keys,
    getRowId: keySeriesId,
    state: { pagination: page },
    onPaginationChange: (u) => setPagination(functionalUpdate(u, page)),
    autoResetPageIndex: false,
  });
  if (total === 0) return null;
  const rows = table.getRowModel().rows;
  return (
    <section className="card" aria-labelledby="keys-h">
      <h2 id="keys-h">Time-based keys on {shortDate(startDate, result.at)}</h2>
      <TablePager
        noun="Keys"
        label="Pages of keys"
        testId="key-pager"
        pageIndex={page.pageIndex}
        pageCount={pageCount}
        pageSize={page.pageSize}
        shown={rows.length}
        total={total}
        onPage={(i) => table.setPageIndex(i)}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Time-based keys table">
        <table className="key-table" data-testid="key-table">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">Key</th>
              <th scope="col">Features</th>
              <th scope="col">State</th>
              <th scope="col">Days left</th>
              <th scope="col">Installed</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <KeyRow key={row.id} k={row.original} startDate={startDate} leadDays={leadDays} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted hint">Amber: {leadDays} days or fewer left (the purchase lead time); red: expired.</p>
    </section>
  );
}

type KeyRowProps = { k: KeyStatus; startDate: string; leadDays: number };

/** The fields a row shows: a key that did not change since the last day keeps its row. */
const sameKeyRow = (a: KeyRowProps, b: KeyRowProps): boolean =>
  a.startDate === b.startDate &&
  a.leadDays === b.leadDays &&
  a.k.unit === b.k.unit &&
  a.k.key === b.k.key &&
  a.k.features === b.k.features &&
  a.k.mergedInto === b.k.mergedInto &&
  a.k.evaluation === b.k.evaluation &&
  a.k.state === b.k.state &&
  a.k.installed === b.k.installed &&
  a.k.counting === b.k.counting &&
  a.k.timer === b.k.timer &&
  a.k.remainingDays === b.k.remainingDays &&
  a.k.installDay === b.k.installDay &&
  a.k.expiresDay === b.k.expiresDay;

const KeyRow = memo(function KeyRow({ k, startDate, leadDays }: KeyRowProps) {
  const tone = keyTone(k, leadDays);
  return (
    <tr className={`tone-${tone}`} data-key={k.key}>
      <td>{k.unit}</td>
      <td>
        {k.key}
        {k.mergedInto && <span className="muted"> (stacked onto {k.mergedInto})</span>}
        {k.evaluation && <span className="badge badge-info">evaluation</span>}
      </td>
      <td>{featureList(k.features)}</td>
      <td>
        <span className={`badge badge-tone-${tone}`}>{k.state}</span>
        {tone === 'near' ? <span className="tone-note"> within lead time</span> : <span className="visually-hidden"> ({toneLabel(tone, leadDays)})</span>}
        {k.timer === 'waiting' && (
          <span className="muted" data-timer="waiting">
            {' '}
            waiting (shared countdown: starts when the other unit's key runs out)
          </span>
        )}
        {k.timer === 'paused' && (
          <span className="muted" data-timer="paused">
            {' '}
            paused
          </span>
        )}
      </td>
      <td className="num">{k.remainingDays}</td>
      <td>{shortDate(startDate, k.installDay)}</td>
      <td>{k.expiresDay === undefined ? '—' : shortDate(startDate, k.expiresDay)}</td>
    </tr>
  );
}, sameKeyRow);
