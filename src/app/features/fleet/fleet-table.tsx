// One row per deployment (TanStack Table: sort by any column header, filter on any text, group by
// model or site), virtualised (@tanstack/react-virtual) so thousands of rows scroll smoothly: only
// the rows in view are in the DOM. The deployment's name opens it as the plan.
import { useMemo, useRef, useState } from 'react';
import { FlexRender, useTable, type GroupingState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FleetRow } from '../../../engine/fleet/index';
import { fleetColumns, fleetFeatures } from './fleet-columns';
import { SortableTableHead } from '../../ui/sortable-table-head';

interface Props {
  rows: FleetRow[];
  onOpen: (index: number) => void;
  onSite: (index: number, site: string) => void;
}

const ROW_HEIGHT = 40;

export function FleetTable({ rows, onOpen, onSite }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [grouping, setGrouping] = useState<GroupingState>([]);
  const columns = useMemo(() => fleetColumns(onOpen, onSite), [onOpen, onSite]);
  const table = useTable({
    features: fleetFeatures,
    columns,
    data: rows,
    getRowId: (r) => String(r.index),
    state: { sorting, globalFilter, grouping, expanded: true },
    onSortingChange: (u) => setSorting((s) => (typeof u === 'function' ? u(s) : u)),
    onGlobalFilterChange: (u) => setGlobalFilter((s) => (typeof u === 'function' ? u(s) : u) ?? ''),
    onGroupingChange: (u) => setGrouping((s) => (typeof u === 'function' ? u(s) : u)),
    groupedColumnMode: false,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: () => true,
  });
  const shown = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = v.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = v.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columnCount = table.getAllLeafColumns().length;
  const leafCount = shown.filter((r) => !r.getIsGrouped()).length;

  return (
    <div className="fleet-table-wrap">
      <div className="fleet-controls">
        <label>
          Filter <input type="search" value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} placeholder="model, site, name, date…" data-testid="fleet-filter" />
        </label>
        <label>
          Group by{' '}
          <select value={grouping[0] ?? ''} onChange={(e) => setGrouping(e.target.value === '' ? [] : [e.target.value])} data-testid="fleet-group">
            <option value="">nothing</option>
            <option value="model">model</option>
            <option value="site">site</option>
          </select>
        </label>
        <span role="status" className="muted" data-testid="fleet-count">
          {leafCount} of {rows.length} deployment{rows.length === 1 ? '' : 's'}
        </span>
      </div>
      <div className="fleet-scroll" ref={scroller} tabIndex={0} role="region" aria-label="Fleet deployments">
        <table className="fleet-table" data-testid="fleet-table" aria-rowcount={shown.length + 1}>
          <caption className="visually-hidden">One row per deployment of the fleet; column headers sort; the name opens the deployment as the plan.</caption>
          <SortableTableHead groups={table.getHeaderGroups()} render={(h) => <table.FlexRender header={h} />} columnIds />
          <tbody>
            {top > 0 && (
              <tr aria-hidden="true" style={{ height: top }}>
                <td colSpan={columnCount} />
              </tr>
            )}
            {items.map((item) => {
              const row = shown[item.index]!;
              if (row.getIsGrouped()) {
                return (
                  <tr key={row.id} className="fleet-group-row" data-index={item.index} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                    <th scope="rowgroup" colSpan={columnCount}>
                      {String(row.groupingValue) || 'No site'} · {row.subRows.length} deployment{row.subRows.length === 1 ? '' : 's'}
                    </th>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  data-testid="fleet-row"
                  className={row.original.errors > 0 ? 'fleet-row-error' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} data-column={cell.column.id}>
                      <FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden="true" style={{ height: bottom }}>
                <td colSpan={columnCount} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
