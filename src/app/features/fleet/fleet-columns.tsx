// The fleet table's columns: what the engine says of each deployment (fleet-evaluate.ts).
import {
  createColumnHelper,
  tableFeatures,
  rowSortingFeature,
  createSortedRowModel,
  globalFilteringFeature,
  columnFilteringFeature,
  createFilteredRowModel,
  columnGroupingFeature,
  createGroupedRowModel,
  rowExpandingFeature,
  createExpandedRowModel,
  filterFns,
  sortFns,
} from '@tanstack/react-table';
import type { FleetRow } from '../../../engine/fleet/index';
import { formatValue } from '../../ui/display/format-value';

export const fleetFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  filterFns,
  sortFns,
});

const helper = createColumnHelper<typeof fleetFeatures, FleetRow>();
const MODE: Record<FleetRow['mode'], string> = { standalone: 'Standalone', failover: 'Failover pair', cluster: 'Cluster' };
/** Absent dates sort after every date. */
const dateKey = (d: string | null) => d ?? '9999-99-99';
const show = (v: unknown) => (v === undefined ? '—' : formatValue(v as never));

export function fleetColumns(onOpen: (index: number) => void, onSite: (index: number, site: string) => void) {
  return helper.columns([
    helper.accessor((r) => r.name, {
      id: 'name',
      header: 'Deployment',
      cell: (c) => (
        <button type="button" className="link-button" onClick={() => onOpen(c.row.original.index)} aria-label={`Open ${c.row.original.name} as the plan`}>
          {c.getValue()}
        </button>
      ),
    }),
    helper.accessor((r) => r.site, {
      id: 'site',
      header: 'Site',
      cell: (c) => <SiteInput row={c.row.original} onSite={onSite} />,
    }),
    helper.accessor((r) => r.modelName, { id: 'model', header: 'Model' }),
    helper.accessor((r) => r.units, { id: 'units', header: 'Units', enableGrouping: false }),
    helper.accessor((r) => `${MODE[r.mode]}, ${r.licensing}`, { id: 'mode', header: 'Mode' }),
    helper.accessor((r) => Number(r.running['security-contexts'] ?? -1), { id: 'contexts', header: 'Contexts', cell: (c) => show(c.row.original.running['security-contexts']), enableGrouping: false }),
    helper.accessor((r) => Number(r.running['anyconnect-peers'] ?? -1), {
      id: 'anyconnect',
      header: 'AnyConnect Premium',
      cell: (c) => show(c.row.original.running['anyconnect-peers']),
      enableGrouping: false,
    }),
    helper.accessor((r) => String(r.running.encryption ?? ''), { id: 'encryption', header: 'Encryption', cell: (c) => show(c.row.original.running.encryption), enableGrouping: false }),
    helper.accessor((r) => dateKey(r.nextExpiry), {
      id: 'nextExpiry',
      header: 'Next expiry',
      cell: (c) => (c.row.original.nextExpiry === null ? <span className="muted">none</span> : <span title={c.row.original.nextExpiryWhat ?? undefined}>{c.row.original.nextExpiry}</span>),
      enableGrouping: false,
    }),
    helper.accessor((r) => dateKey(r.nextOrderBy), { id: 'nextOrderBy', header: 'Order by', cell: (c) => c.row.original.nextOrderBy ?? <span className="muted">—</span>, enableGrouping: false }),
    helper.accessor((r) => r.errors * 100_000 + r.warnings, {
      id: 'issues',
      header: 'Errors / warnings',
      cell: (c) => (
        <span className={c.row.original.errors > 0 ? 'fleet-errors' : undefined} title={c.row.original.firstError ?? undefined}>
          {c.row.original.errors} / {c.row.original.warnings}
        </span>
      ),
      enableGrouping: false,
    }),
  ]);
}

function SiteInput({ row, onSite }: { row: FleetRow; onSite: (index: number, site: string) => void }) {
  return (
    <input
      className="fleet-site"
      defaultValue={row.site}
      key={row.site}
      maxLength={100}
      aria-label={`Site of ${row.name}`}
      onBlur={(e) => {
        if (e.currentTarget.value.trim() !== row.site) onSite(row.index, e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
    />
  );
}
