// First / Previous / Next / Last under a paged table's heading, with where the page is ("Keys
// 51–100 of 640, page 2 of 13"); shown only when there is more than one page.
import type { ReactNode } from 'react';

interface Props {
  /** "Keys", "Renewals": what the rows are. */
  noun: string;
  /** The nav's accessible name. */
  label: string;
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  shown: number;
  total: number;
  onPage: (pageIndex: number) => void;
  testId?: string;
}

export function TablePager({ noun, label, pageIndex, pageCount, pageSize, shown, total, onPage, testId }: Props): ReactNode {
  if (pageCount <= 1) return null;
  const first = pageIndex * pageSize;
  const atStart = pageIndex <= 0;
  const atEnd = pageIndex >= pageCount - 1;
  return (
    <nav className="pager" aria-label={label} data-testid={testId}>
      <button type="button" onClick={() => onPage(0)} disabled={atStart}>
        First
      </button>
      <button type="button" onClick={() => onPage(pageIndex - 1)} disabled={atStart}>
        Previous
      </button>
      <span className="muted" aria-live="polite">
        {noun} {first + 1}–{first + shown} of {total} (page {pageIndex + 1} of {pageCount})
      </span>
      <button type="button" onClick={() => onPage(pageIndex + 1)} disabled={atEnd}>
        Next
      </button>
      <button type="button" onClick={() => onPage(pageCount - 1)} disabled={atEnd}>
        Last
      </button>
    </nav>
  );
}
