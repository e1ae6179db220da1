// The ranked fits and the models ruled out, side by side like a comparison table (TanStack Table,
// sortable): each fit's order and headroom per need with the platform limit's citation, each
// model ruled out with the needs that rule it out and their citations. "Use this" on every fit.
import { useMemo, useState } from 'react';
import { createColumnHelper, createSortedRowModel, FlexRender, rowSortingFeature, tableFeatures, useTable, type SortingState } from '@tanstack/react-table';
import { CiteTip } from '../../ui/cite-tip';
import { SortableTableHead } from '../../ui/sortable-table-head';
import { orderText, type SizingRow } from './sizing-rows';
import type { SizingFit } from './sizing-types';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, SizingRow>();

function columns(onUse: (fit: SizingFit, name: string) => void) {
  return helper.columns([
    helper.accessor((r) => r.rank ?? Number.POSITIVE_INFINITY, { id: 'rank', header: 'Rank', cell: (c) => (c.row.original.rank === null ? 'ruled out' : c.row.original.rank) }),
    helper.accessor((r) => r.modelName, { id: 'model', header: 'Model', cell: (c) => <strong>{c.getValue()}</strong> }),
    helper.accessor((r) => `${r.licensing ?? ''} ${r.tierName}`, {
      id: 'licensing',
      header: 'Licensing',
      cell: (c) => `${c.row.original.licensing === 'smart' ? 'Smart' : c.row.original.licensing === 'pak' ? 'PAK' : '—'}${c.row.original.tier === null ? '' : `, ${c.row.original.tierName}`}`,
    }),
    helper.accessor((r) => (r.fit === null ? Number.POSITIVE_INFINITY : r.purchases), {
      id: 'purchases',
      header: 'To order',
      cell: (c) => (c.row.original.fit === null ? '—' : <OrderCell row={c.row.original} />),
    }),
    helper.accessor((r) => Math.min(Number.POSITIVE_INFINITY, ...r.headroom.map((h) => h.headroom)), { id: 'headroom', header: 'Runs (headroom)', cell: (c) => <HeadroomCell row={c.row.original} /> }),
    helper.accessor((r) => r.reasons.length, { id: 'reasons', header: 'Why not', cell: (c) => <ReasonsCell row={c.row.original} /> }),
    helper.display({
      id: 'use',
      header: () => <span className="visually-hidden">Action</span>,
      cell: (c) => {
        const fit = c.row.original.fit;
        return fit === null ? null : (
          <button type="button" onClick={() => onUse(fit, c.row.original.modelName)} aria-label={`Use this: ${c.row.original.modelName}`}>
            Use this
          </button>
        );
      },
    }),
  ]);
}

function OrderCell({ row }: { row: SizingRow }) {
  if (row.order.length === 0) return <span className="muted">{orderText(row.order)}</span>;
  return (
    <ul className="sizing-list">
      {row.order.map((l, i) => (
        <li key={i}>
          {l.quantity} × <code>{l.pid}</code> <span className="muted">{l.for}</span>
          {l.term !== null && l.term !== undefined ? <span className="muted">, {typeof l.term === 'number' ? `${l.term} years` : l.term}</span> : null} <CiteTip cite={l.cite} />
        </li>
      ))}
    </ul>
  );
}

function HeadroomCell({ row }: { row: SizingRow }) {
  if (row.headroom.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="sizing-list">
      {row.headroom.map((h) => (
        <li key={h.feature}>
          {h.label}: {h.running} (+{h.headroom.toLocaleString('en-US')} spare){h.cite && <CiteTip cite={h.cite} label="Platform limit" />}
        </li>
      ))}
    </ul>
  );
}

function ReasonsCell({ row }: { row: SizingRow }) {
  if (row.reasons.length === 0) return <span className="muted">{row.fit ? 'fits every need' : '—'}</span>;
  return (
    <ul className="sizing-list">
      {row.reasons.map((r, i) => (
        <li key={i}>
          {r.message} <cite className="sizing-cite">{r.cite}</cite>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  rows: SizingRow[];
  onUse: (fit: SizingFit, name: string) => void;
}

export function SizingTable({ rows, onUse }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const cols = useMemo(() => columns(onUse), [onUse]);
  const table = useTable({ features, columns: cols, data: rows, getRowId: (r) => r.id, state: { sorting }, onSortingChange: (u) => setSorting((s) => (typeof u === 'function' ? u(s) : u)) });
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Models compared">
      <table className="sizing-table" data-testid="sizing-table">
        <caption className="visually-hidden">Every model and tier: the fits ranked by fewest purchases then least headroom, then the models ruled out; column headers sort.</caption>
        <SortableTableHead groups={table.getHeaderGroups()} render={(h) => <table.FlexRender header={h} />} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-model={row.original.model} data-fits={row.original.fit !== null ? 'yes' : 'no'} className={row.original.fit === null ? 'sizing-out' : undefined}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
