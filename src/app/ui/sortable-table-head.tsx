// The header rows of a sortable TanStack table, the same in every table of the app (running
// license, sizing, fleet): a sortable column's header is a button that cycles its sort, with
// aria-sort and an arrow; a column that cannot sort shows its header alone.
import type { ReactNode } from 'react';

/** What the head reads of a TanStack header (a table built with rowSortingFeature). */
export interface SortableHeader {
  id: string;
  column: {
    id: string;
    getCanSort: () => boolean;
    getIsSorted: () => false | 'asc' | 'desc';
    getToggleSortingHandler: () => undefined | ((event: unknown) => void);
  };
}

interface Props<H extends SortableHeader> {
  /** `table.getHeaderGroups()`. */
  groups: readonly { id: string; headers: readonly H[] }[];
  /** The header's own content: `(h) => <table.FlexRender header={h} />`. */
  render: (header: H) => ReactNode;
  /** Marks each header cell with its column id (`data-column`), as the body cells are. */
  columnIds?: boolean;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ARROW = { asc: '▲', desc: '▼' } as const;

export function SortableTableHead<H extends SortableHeader>({ groups, render, columnIds = false }: Props<H>) {
  return (
    <thead>
      {groups.map((g) => (
        <tr key={g.id}>
          {g.headers.map((h) => {
            const column = columnIds ? h.column.id : undefined;
            if (!h.column.getCanSort()) {
              return (
                <th key={h.id} scope="col" data-column={column}>
                  {render(h)}
                </th>
              );
            }
            const sorted = h.column.getIsSorted();
            return (
              <th key={h.id} scope="col" data-column={column} aria-sort={sorted === false ? 'none' : ARIA_SORT[sorted]}>
                <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                  {render(h)}
                  <span aria-hidden="true" className="sort-arrow">
                    {sorted === false ? '↕' : ARROW[sorted]}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
