// The engine's issues, errors first, each with its citation.
import type { Issue, Severity } from '../../../engine/index';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function ReportIssues({ issues, valid }: { issues: readonly Issue[]; valid: boolean }) {
  const sorted = [...issues].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  return (
    <section className="report-section" aria-labelledby="report-issues-h" data-testid="report-issues">
      <h3 id="report-issues-h">Issues</h3>
      <p>{valid ? 'The plan works as drawn.' : 'The plan cannot work as drawn (it has errors).'}</p>
      {sorted.length === 0 ? (
        <p className="muted">No issues.</p>
      ) : (
        <ul className="issues">
          {sorted.map((issue, i) => (
            <li key={i} className={`issue issue-${issue.severity}`}>
              <span className={`badge badge-${issue.severity}`}>{LABEL[issue.severity]}</span>
              <div className="issue-body">
                <p>{issue.message}</p>
                {issue.cite ? (
                  <p className="issue-meta">
                    <cite>{issue.cite}</cite>
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
