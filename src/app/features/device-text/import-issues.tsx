// The importer's issues, errors first and in line order, each with the line it is about.
import type { Severity } from '../../../engine/index';
import type { ImportIssue } from '../../../engine/device-text/index';
import { sortIssues } from './device-text-summary';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function ImportIssues({ issues }: { issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return <p className="muted">The importer raised no issue.</p>;
  return (
    <ul className="issues" data-testid="import-issues">
      {sortIssues(issues).map((issue, i) => (
        <li key={i} className={`issue issue-${issue.severity}`} data-code={issue.code}>
          <span className={`badge badge-${issue.severity}`}>{LABEL[issue.severity]}</span>
          <div className="issue-body">
            <p>
              {issue.line !== undefined && <span className="line-no">Line {issue.line}: </span>}
              {issue.message}
            </p>
            {issue.cite && (
              <p className="issue-meta">
                <cite>{issue.cite}</cite>
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
