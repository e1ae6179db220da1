// The engine's issues, errors first; each one links to the field its path names.
import type { Issue, Plan, Severity } from '../../engine/index';
import { focusPath, issueTarget, unitIndexOf } from '../lib/focus-path';
import { planStore, usePlanStore } from '../store/plan-store';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

function goTo(path: string): void {
  const unit = unitIndexOf(path);
  if (unit !== undefined) planStore().getState().setView({ selectedUnit: unit });
  // Wait for the unit's tab to render before looking for the field.
  requestAnimationFrame(() => requestAnimationFrame(() => focusPath(path)));
}

export function IssuesPanel({ issues, valid }: { issues: readonly Issue[]; valid: boolean }) {
  const plan: Plan = usePlanStore((s) => s.plan);
  const sorted = [...issues].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const counts = ORDER.map((s) => [s, issues.filter((i) => i.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <section className="card" aria-labelledby="issues-h" data-testid="issues">
      <h2 id="issues-h">
        Issues{' '}
        <span className={`badge ${valid ? 'badge-ok' : 'badge-error'}`}>{valid ? 'plan works' : 'plan cannot work as drawn'}</span>
      </h2>
      <p className="muted" aria-live="polite">
        {counts.length === 0 ? 'No issues.' : counts.map(([s, n]) => `${n} ${LABEL[s].toLowerCase()}${n === 1 ? '' : 's'}`).join(', ')}
      </p>
      {sorted.length > 0 && (
        <ul className="issues">
          {sorted.map((issue, i) => (
            <IssueItem key={i} issue={issue} target={issueTarget(issue, plan)} />
          ))}
        </ul>
      )}
    </section>
  );
}

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
