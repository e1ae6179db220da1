// Every input line that did not go into the plan, with why; lines the importer does not know are marked.
import type { UnmappedLine } from '../../../engine/device-text/index';
import { unmappedCounts } from './device-text-summary';

export function UnmappedLines({ lines }: { lines: readonly UnmappedLine[] }) {
  const counts = unmappedCounts(lines);
  if (lines.length === 0) return <p className="muted">Every line was read into the plan.</p>;
  return (
    <>
      <p data-testid="unmapped-count">
        {lines.length} line{lines.length === 1 ? '' : 's'} not used: <strong className={counts.unrecognized > 0 ? 'unrecognized-count' : undefined}>{counts.unrecognized} unrecognized</strong>,{' '}
        {counts.ignored} ignored on purpose.
      </p>
      <div className="unmapped-scroll" tabIndex={0} role="region" aria-label="Lines not used">
        <table className="unmapped-table" data-testid="unmapped-lines">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Text, and why it was not used</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.line} className={`unmapped-${l.kind}`} data-kind={l.kind} data-line={l.line}>
                <td className="num">{l.line}</td>
                <td>
                  <code className="device-line">{l.text}</code>
                  <span className="unmapped-reason">
                    {l.kind === 'unrecognized' && <span className="badge badge-warning">Unrecognized</span>} {l.reason}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
