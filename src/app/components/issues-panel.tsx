// The engine's issues, errors first; each one links to the field its path names. A code repeated
// many times shows its first few and folds the rest under a disclosure (issue-groups.ts).
// Memoised: the issues are the plan's, the same on every as-of day.
import { memo, useMemo } from 'react';
import type { Issue, Plan, Severity } from '../../engine/index';
import { focusPath, issueTarget, unitIndexOf } from '../lib/focus-path';
import { issueEntries, SEVERITY_ORDER } from '../lib/issue-groups';
import { useResultsPlan } from '../hooks/use-settled-plan';
import { planStore } from '../store/plan-store';
import { UnappliedInputsList } from '../features/input-integrity/unapplied-inputs-list';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

function goTo(path: string): void {
  const unit = unitIndexOf(path);
  if (unit !== undefined) planStore().getState().setView({ selectedUnit: unit });
  // Wait for the unit's tab to render before looking for the field.
  requestAnimationFrame(() => requestAnimationFrame(() => focusPath(path)));
}

export const IssuesPanel = memo(function IssuesPanel({ issues, valid }: { issues: readonly Issue[]; valid: boolean }) {
  const plan: Plan = useResultsPlan();
  const entries = useMemo(() => issueEntries(issues), [issues]);
  const counts = SEVERITY_ORDER.map((s) => [s, issues.filter((i) => i.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <section className="card" aria-labelledby="issues-h" data-testid="issues">
      <h2 id="issues-h">
        Issues{' '}
        <span className={`badge ${valid ? 'badge-ok' : 'badge-error'}`}>{valid ? 'plan works' : 'plan cannot work as drawn'}</span>
      </h2>
      <p className="muted" aria-live="polite">
        {counts.length === 0 ? 'No issues.' : counts.map(([s, n]) => `${n} ${LABEL[s].toLowerCase()}${n === 1 ? '' : 's'}`).join(', ')}
      </p>
      <UnappliedInputsList goTo={goTo} />
      {entries.length > 0 && (
        <ul className="issues">
          {entries.map((e, i) =>
            e.kind === 'issue' ? (
              <IssueItem key={i} issue={e.issue} target={issueTarget(e.issue, plan)} />
            ) : (
              <li key={i} className="issue-fold" data-code={e.code}>
                <details>
                  <summary>
                    {e.issues.length} more like these ({e.code})
                  </summary>
                  <ul className="issues">
                    {e.issues.map((issue, j) => (
                      <IssueItem key={j} issue={issue} target={issueTarget(issue, plan)} />
                    ))}
                  </ul>
                </details>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
});

function IssueItem({ issue, target }: { issue: Issue; target: string | undefined }) {
  return (
    <li className={`issue issue-${issue.severity}`}>
      <span className={`badge badge-${issue.severity}`}>{LABEL[issue.severity]}</span>
      <div className="issue-body">
        <p>{issue.message}</p>
        <p className="issue-meta">
          {issue.cite && <cite>{issue.cite}</cite>}
          {target !== undefined && (
            <button type="button" className="link" onClick={() => goTo(target)}>
              Go to {target}
            </button>
          )}
        </p>
      </div>
    </li>
  );
}
