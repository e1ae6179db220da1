// The engine's issues in the words of the screen: one entry per rule listing the units and fields
// it affects (each a link that focuses the field), what it means, what to do, the citation, and a
// details line with the code and plan paths for the command line and exports (issue-groups.ts).
// Errors, then warnings, then notes; the notes fold under a disclosure with their count.
// Memoised: the issues are the plan's, the same on every as-of day.
import { memo, useMemo } from 'react';
import type { Issue, Plan, Severity } from '../../../engine/index';
import { focusPath, unitIndexOf } from '../../ui/display/focus-path';
import { FOLD_OVER, issueEntries, SEVERITY_ORDER, sharedField, SHOWN_PER_CODE, type IssueEntry, type IssueLine, type IssuePlace } from '../../ui/display/issue-groups';
import { planStore } from '../../store/plan-store';
import { useResultsPlan } from '../../engine-loader/use-settled-plan';
import { UnappliedInputsList } from './unapplied-inputs-list';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const PLURAL: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

function goTo(path: string): void {
  const unit = unitIndexOf(path);
  if (unit !== undefined) planStore().getState().setView({ selectedUnit: unit });
  // Wait for the unit's tab to render before looking for the field.
  requestAnimationFrame(() => requestAnimationFrame(() => focusPath(path)));
}

export const IssuesPanel = memo(function IssuesPanel({ issues, valid }: { issues: readonly Issue[]; valid: boolean }) {
  const plan: Plan = useResultsPlan();
  const entries = useMemo(() => issueEntries(issues, plan), [issues, plan]);
  // Counted as the panel shows them: one entry per rule.
  const counts = SEVERITY_ORDER.map((s) => [s, entries.filter((e) => e.severity === s).length] as const).filter(([, n]) => n > 0);
  const pressing = entries.filter((e) => e.severity !== 'info');
  const notes = entries.filter((e) => e.severity === 'info');
  return (
    <section className="card" aria-labelledby="issues-h" data-testid="issues">
      <h2 id="issues-h">
        Issues <span className={`badge ${valid ? 'badge-ok' : 'badge-error'}`}>{valid ? 'plan works' : 'plan cannot work as drawn'}</span>
      </h2>
      <p className="muted" aria-live="polite">
        {counts.length === 0 ? 'No issues.' : counts.map(([s, n]) => `${n} ${PLURAL[s][n === 1 ? 0 : 1]}`).join(', ')}
        {issues.length > entries.length && ` (${issues.length} issues, one entry per rule)`}
      </p>
      <UnappliedInputsList goTo={goTo} />
      {pressing.length > 0 && (
        <ul className="issues">
          {pressing.map((e) => (
            <EntryItem key={`${e.severity}|${e.code}`} entry={e} />
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <details className="issue-notes" data-testid="issue-notes">
          <summary>
            Notes ({notes.length}) <span className="muted">for your information</span>
          </summary>
          <ul className="issues">
            {notes.map((e) => (
              <EntryItem key={`${e.severity}|${e.code}`} entry={e} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});

/** A link to the place's field; `short` shows only the unit (the field is named once before the list), the full label stays its name. */
function PlaceLink({ place, short = false }: { place: IssuePlace; short?: boolean }) {
  const target = place.target;
  const text = short ? place.unit : place.label;
  if (target === undefined) return <span className="issue-place">{place.label}</span>;
  return (
    <button type="button" className="link issue-place" title={`Go to ${place.label}`} aria-label={place.label} onClick={() => goTo(target)}>
      {text}
    </button>
  );
}

/** "Encryption on fw-b, fw-c" when every place is one field on several units, else each place's full label. */
function Where({ places }: { places: readonly IssuePlace[] }) {
  const field = sharedField(places);
  return (
    <p className="issue-where">
      {field !== undefined && `${field} on `}
      {places.map((p, i) => (
        <span key={p.label}>
          {i > 0 && ', '}
          <PlaceLink place={p} short={field !== undefined} />
        </span>
      ))}
    </p>
  );
}

function Line({ line }: { line: IssueLine }) {
  return (
    <li>
      {line.place && (
        <>
          <PlaceLink place={line.place} />:{' '}
        </>
      )}
      {line.text}
    </li>
  );
}

function EntryItem({ entry: e }: { entry: IssueEntry }) {
  const shown = e.text === undefined && e.lines.length > FOLD_OVER ? e.lines.slice(0, SHOWN_PER_CODE) : e.lines;
  const folded = e.text === undefined ? e.lines.slice(shown.length) : [];
  return (
    <li className={`issue issue-${e.severity}`} data-code={e.code} data-count={e.count}>
      <span className={`badge badge-${e.severity}`}>{LABEL[e.severity]}</span>
      <div className="issue-body">
        {e.text !== undefined && e.places.length > 0 && <Where places={e.places} />}
        {e.text !== undefined ? (
          <p>{e.text}</p>
        ) : (
          <ul className="issue-lines">
            {shown.map((l, i) => (
              <Line key={i} line={l} />
            ))}
            {folded.length > 0 && (
              <li className="issue-fold">
                <details>
                  <summary>{folded.length} more like these</summary>
                  <ul className="issue-lines">
                    {folded.map((l, i) => (
                      <Line key={i} line={l} />
                    ))}
                  </ul>
                </details>
              </li>
            )}
          </ul>
        )}
        <p className="issue-action">
          <strong>What to do:</strong> {e.action}
        </p>
        <p className="issue-meta">{e.cite && <cite>{e.cite}</cite>}</p>
        <details className="issue-details">
          <summary>Code and plan paths</summary>
          <code>{e.code}</code>
          {e.paths.map((p) => (
            <code key={p}>{p}</code>
          ))}
        </details>
      </div>
    </li>
  );
}
