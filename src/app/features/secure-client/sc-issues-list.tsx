// The Secure Client report's issues, errors first, each with its citation and a link to the field.
import type { Issue, Severity } from '../../../engine/index';
import { focusPath } from '../../ui/display/focus-path';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

interface Props {
  issues: readonly Issue[];
  testId?: string;
  emptyText?: string;
}

export function ScIssuesList({ issues, testId = 'sc-issues', emptyText = 'No Secure Client issues.' }: Props) {
  const sorted = [...issues].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  if (sorted.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="issues" data-testid={testId}>
      {sorted.map((issue, i) => (
        <li key={i} className={`issue issue-${issue.severity}`} data-code={issue.code}>
          <span className={`badge badge-${issue.severity}`}>{LABEL[issue.severity]}</span>
          <div className="issue-body">
            <p>{issue.message}</p>
            {(issue.cite || issue.path) && (
              <p className="issue-meta">
                {issue.cite && <cite>{issue.cite}</cite>}
                {issue.path?.startsWith('secureClient') && (
                  <button type="button" className="link" onClick={() => focusPath(issue.path ?? '')}>
                    Go to {issue.path}
                  </button>
                )}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
