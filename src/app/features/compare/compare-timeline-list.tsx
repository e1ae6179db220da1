// Lapses, order-by dates and key expiries that differ between the two plans, soonest first.
import type { TimelineDiff, TimelineDiffKind } from './plan-diff';

const KIND: Record<TimelineDiffKind, string> = {
  lapse: 'Lapse',
  'order-by': 'Order by',
  'key-expiry': 'Key expiry',
  'key-only-a': 'Only in A',
  'key-only-b': 'Only in B',
};

export function CompareTimelineList({ diffs }: { diffs: readonly TimelineDiff[] }) {
  if (diffs.length === 0) return <p className="muted">No key expiry, lapse or order-by date differs.</p>;
  return (
    <ul className="diff-list" data-testid="compare-timeline">
      {diffs.map((d, i) => (
        <li key={i} data-kind={d.kind}>
          <span className={`badge ${d.kind === 'lapse' ? 'badge-warning' : 'badge-info'}`}>{KIND[d.kind]}</span> {d.message}
        </li>
      ))}
    </ul>
  );
}
