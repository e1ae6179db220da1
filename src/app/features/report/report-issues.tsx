// The issues as the panel words them (issue-groups.ts): one entry per rule, the units and fields
// by label, what to do and the citation, grouped by severity (errors, warnings, notes). On paper a
// reader has no use for the rule's code or the plan's JSON paths: those stay on the screen's panel.
import { useMemo } from 'react';
import type { Issue, Plan, Severity } from '../../../engine/index';
import { issueEntries } from '../../ui/display/issue-groups';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const GROUPS: readonly [Severity, string][] = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Notes'],
];

export function ReportIssues({ issues, valid, plan }: { issues: readonly Issue[]; valid: boolean; plan: Plan }) {
  const entries = useMemo(() => issueEntries(issues, plan), [issues, plan]);
  return (
    <section className="report-section" aria-labelledby="report-issues-h" data-testid="report-issues">
      <h3 id="report-issues-h">Issues</h3>
      <p>{valid ? 'The plan works as drawn.' : 'The plan cannot work as drawn (it has errors).'}</p>
      {entries.length === 0 ? (
        <p className="muted">No issues.</p>
      ) : (
        GROUPS.map(([severity, heading]) => {
          const group = entries.filter((e) => e.severity === severity);
          return group.length === 0 ? null : (
            <div key={severity} className="report-issue-group" data-severity={severity}>
              <h4>
                {heading} ({group.length})
              </h4>
              <ul className="issues">
                {group.map((e) => (
                  <li key={`${e.severity}|${e.code}`} className={`issue issue-${e.severity}`} data-code={e.code}>
                    <span className={`badge badge-${e.severity}`}>{LABEL[e.severity]}</span>
                    <div className="issue-body">
                      {e.text !== undefined && e.places.length > 0 && <p className="issue-where">{e.places.map((p) => p.label).join(', ')}</p>}
                      {e.text !== undefined ? (
                        <p>{e.text}</p>
                      ) : (
                        <ul className="issue-lines">
                          {e.lines.map((l, i) => (
                            <li key={i}>{l.place ? `${l.place.label}: ${l.text}` : l.text}</li>
                          ))}
                        </ul>
                      )}
                      <p className="issue-action">
                        <strong>What to do:</strong> {e.action}
                      </p>
                      {e.cite && (
                        <p className="issue-meta">
                          <cite>{e.cite}</cite>
                        </p>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
