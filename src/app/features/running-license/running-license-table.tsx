// The combined running license on the as-of day: one row per feature, each unit's own value,
// where the value comes from and the rule applied (engine provenance), sortable and filterable.
import { memo, useMemo, useRef } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  FlexRender,
  functionalUpdate,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import type { EvaluateResult, FeatureValue } from '../../../engine/index';
import { formatValue, valueSortKey } from '../../ui/display/format-value';
import { cappedText, licenseRows, reuseRows, runningHeader, type LicenseRow } from '../../ui/display/license-rows';
import { useResultsPlan } from '../../engine-loader/use-settled-plan';
import { usePlanStore } from '../../store/plan-store';
import { CiteTip } from '../../ui/cite-tip';
import { CsvExportButton } from './csv-export-button';
import { LicenseTableFilters } from './license-table-filters';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});
type F = typeof features;
const helper = createColumnHelper<F, LicenseRow>();

function compareValues(a: FeatureValue | undefined, b: FeatureValue | undefined): number {
  const ka = valueSortKey(a);
  const kb = valueSortKey(b);
  if (typeof ka === 'number' && typeof kb === 'number') return ka - kb;
  if (typeof ka === 'number') return -1;
  if (typeof kb === 'number') return 1;
  return ka.localeCompare(kb);
}
const byValue = (a: Row<F, LicenseRow>, b: Row<F, LicenseRow>, id: string) => compareValues(a.getValue<FeatureValue | undefined>(id), b.getValue<FeatureValue | undefined>(id));

function buildColumns(unitIds: readonly string[]) {
  return helper.columns([
    helper.accessor((r) => r.label, {
      id: 'feature',
      header: 'Feature',
      cell: (c) => <span className="feature-name">{c.getValue()}</span>,
    }),
    helper.accessor((r) => r.combined, {
      id: 'combined',
      header: runningHeader(unitIds),
      sortFn: byValue,
      filterFn: (row, _id, cappedOnly: boolean) => !cappedOnly || row.original.capped !== undefined,
      cell: (c) => {
        const r = c.row.original;
        return (
          <span className="value">
            {formatValue(r.combined)}
            {r.capped && (
              <span className="cap-mark" title={`Capped at the platform limit ${formatValue(r.capped.limit)}; ${formatValue(r.capped.uncapped)} before the cap`}>
                {cappedText(r.capped)}
              </span>
            )}
          </span>
        );
      },
    }),
    ...unitIds.map((id) =>
      helper.accessor((r) => r.units[id], {
        id: `unit:${id}`,
        header: id,
        sortFn: byValue,
        cell: (c) => formatValue(c.getValue()),
      }),
    ),
    helper.accessor((r) => r.sourceText, {
      id: 'source',
      header: 'Source',
      filterFn: (row, _id, source: string) => source === 'all' || row.original.source === source,
      cell: (c) => (
        <span className="source">
          {c.row.original.source ?? '—'}
          {c.row.original.sourceDetail && <span className="source-detail">{c.row.original.sourceDetail}</span>}
        </span>
      ),
    }),
    helper.accessor((r) => r.rule, {
      id: 'rule',
      header: 'Rule',
      cell: (c) => (
        <span className="rule">
          {c.getValue()} <CiteTip cite={c.row.original.cite} />
        </span>
      ),
    }),
  ]);
}

export function RunningLicenseTable({ result }: { result: EvaluateResult }) {
  const units = useResultsPlan().deployment.units;
  const unitIdsKey = units.map((u) => u.id).join('\n');
  const view = usePlanStore((s) => s.view);
  const setView = usePlanStore((s) => s.setView);
  const unitIds = useMemo(() => (unitIdsKey === '' ? [] : unitIdsKey.split('\n')), [unitIdsKey]);
  const columns = useMemo(() => buildColumns(unitIds), [unitIds]);
  // Rows equal to the last day's are reused (and the array itself when nothing changed), so moving
  // the day within one stretch of the license keeps the table as it is.
  const lastRows = useRef<LicenseRow[] | undefined>(undefined);
  const data = useMemo(() => reuseRows(lastRows.current, licenseRows(result, unitIds)), [result, unitIds]);
  lastRows.current = data;
  const columnFilters: ColumnFiltersState = useMemo(
    () => [
      { id: 'source', value: view.filterSource },
      { id: 'combined', value: view.cappedOnly },
    ],
    [view.filterSource, view.cappedOnly],
  );

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.feature,
    state: { sorting: view.sorting as SortingState, globalFilter: view.filterText, columnFilters },
    onSortingChange: (u) => setView({ sorting: functionalUpdate(u, view.sorting as SortingState) }),
    onGlobalFilterChange: (u) => setView({ filterText: String(functionalUpdate(u, view.filterText) ?? '') }),
    globalFilterFn: (row, _id, text: string) => row.original.searchText.includes(String(text).toLowerCase().trim()),
    getColumnCanGlobalFilter: (column) => column.id === 'feature',
  });
  const rows = table.getRowModel().rows;

  return (
    <section className="card" aria-labelledby="running-h">
      <div className="card-head">
        <h2 id="running-h">Running license</h2>
        <CsvExportButton rows={rows.map((r) => r.original)} unitIds={unitIds} asOfDay={result.at} />
      </div>
      <p id="csv-hint" className="visually-hidden">
        Exports the rows shown, with the filters and sorting applied, as a CSV file.
      </p>
      {!result.valid && data.length === 0 && <p className="muted">The engine could not evaluate this plan; see the issues above.</p>}
      <LicenseTableFilters shown={rows.length} total={data.length} />
      <div className="table-scroll">
        <table className="license-table" data-testid="license-table">
          <caption className="visually-hidden">Running license features on the as-of day; column headers sort.</caption>
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  return (
                    <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                        <table.FlexRender header={h} />
                        <span aria-hidden="true" className="sort-arrow">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <LicenseTableRow key={row.id} row={row} columns={columns} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One feature's row, redrawn only when its values or the columns change. */
const LicenseTableRow = memo(
  function LicenseTableRow({ row }: { row: Row<F, LicenseRow>; columns: unknown }) {
    return (
      <tr data-feature={row.original.feature} className={row.original.capped ? 'row-capped' : undefined}>
        {row.getAllCells().map((cell) => (
          <td key={cell.id} data-column={cell.column.id}>
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
    );
  },
  (a, b) => a.row.original === b.row.original && a.columns === b.columns,
);
