// The two running licenses on the compared date, feature by feature; differences highlighted.
import { formatValue } from '../../ui/display/format-value';
import type { FeatureDiff } from './plan-diff';

interface Props {
  rows: readonly FeatureDiff[];
  nameA: string;
  nameB: string;
  onlyChanges: boolean;
}

export function CompareLicenseTable({ rows, nameA, nameB, onlyChanges }: Props) {
  const shown = onlyChanges ? rows.filter((r) => r.changed) : rows;
  if (shown.length === 0) return <p className="muted">{onlyChanges ? 'No feature differs on this date.' : 'Neither plan could be evaluated.'}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Running license of plan A and plan B">
      <table className="compare-table" data-testid="compare-license">
        <caption className="visually-hidden">Running license of plan A and plan B on the compared date; rows that differ are marked.</caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">A: {nameA}</th>
            <th scope="col">B: {nameB}</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.feature} data-feature={r.feature} className={r.changed ? 'row-changed' : undefined}>
              <th scope="row">{r.label}</th>
              <td data-column="a">{formatValue(r.a)}</td>
              <td data-column="b">{formatValue(r.b)}</td>
              <td>{r.changed ? <span className="badge badge-warning">differs</span> : <span className="muted">same</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
