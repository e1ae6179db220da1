// Two saved plans side by side (a lazily loaded page, `?view=compare`): the running licenses on
// one calendar date and the timeline differences, from the engine's two results (features/compare/plan-diff.ts).
import { useEffect, useMemo, useRef } from 'react';
import { analyzePlan, resultAt, type Plan } from '../../../engine/index';
import { dateToDay, dayToDate, parseIsoDate, shortDate } from '../../ui/display/dates';
import { resolveComparePair } from './compare-selection';
import { dayFor, diffPlans, type IssueCounts } from './plan-diff';
import { usePlanStore } from '../../store/plan-store';
import { PlanPicker } from '../../ui/plan-picker';
import type { CompareSelection } from '../../store/view-state';
import { CompareLicenseTable } from './compare-license-table';
import { CompareTimelineList } from './compare-timeline-list';

const counts = (c: IssueCounts): string => `${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}`;

function rangeNote(plan: Plan, date: string, label: string): string | undefined {
  const day = dateToDay(plan.startDate, date);
  if (day === undefined) return undefined;
  if (day < 0) return `The date is before plan ${label} starts (${shortDate(plan.startDate, 0)}); its start is shown.`;
  if (day > plan.horizonDays) return `The date is after plan ${label}’s horizon (${shortDate(plan.startDate, plan.horizonDays)}).`;
  return undefined;
}

export default function CompareView() {
  const planId = usePlanStore((s) => s.planId);
  const current = usePlanStore((s) => s.plan);
  const asOfDay = usePlanStore((s) => s.view.asOfDay);
  const selection = usePlanStore((s) => s.view.compare);
  const saved = usePlanStore((s) => s.savedPlans);
  const readSavedPlan = usePlanStore((s) => s.readSavedPlan);
  const setView = usePlanStore((s) => s.setView);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const pair = resolveComparePair(selection, planId, saved);
  const date = selection?.date ?? dayToDate(current.startDate, asOfDay);
  const onlyChanges = selection?.onlyChanges ?? false;
  const select = (patch: Partial<CompareSelection>) => setView({ compare: { ...pair, date, onlyChanges, ...patch } });

  // The current plan's edits show at once; other plans are read from storage. (The last dependency is what
  // readSavedPlan reads: the current plan or the saved ones.)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const loadedA = useMemo(() => readSavedPlan(pair.a), [readSavedPlan, pair.a, pair.a === planId ? current : saved]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const loadedB = useMemo(() => readSavedPlan(pair.b), [readSavedPlan, pair.b, pair.b === planId ? current : saved]);
  const planA = 'plan' in loadedA ? loadedA.plan : undefined;
  const planB = 'plan' in loadedB ? loadedB.plan : undefined;
  const analysisA = useMemo(() => (planA ? analyzePlan(planA) : undefined), [planA]);
  const analysisB = useMemo(() => (planB ? analyzePlan(planB) : undefined), [planB]);
  const diff = useMemo(() => {
    if (!planA || !planB || !analysisA || !analysisB) return undefined;
    return diffPlans({ plan: planA, result: resultAt(analysisA, dayFor(planA, date)) }, { plan: planB, result: resultAt(analysisB, dayFor(planB, date)) });
  }, [planA, planB, analysisA, analysisB, date]);
  const nameOf = (id: string) => saved.find((p) => p.id === id)?.name ?? (id === planId ? current.name : id);
  const notes = [planA && rangeNote(planA, date, 'A'), planB && rangeNote(planB, date, 'B')].filter(Boolean);

  return (
    <section className="compare" aria-labelledby="compare-h" data-testid="compare">
      <h2 id="compare-h" ref={heading} tabIndex={-1}>
        Compare two plans
      </h2>
      <div className="card">
        <div className="field-row">
          <PlanPicker label="Plan A" value={pair.a} plans={saved} onPick={(a) => select({ a })} testId="compare-a" />
          <PlanPicker label="Plan B" value={pair.b} plans={saved} onPick={(b) => select({ b })} testId="compare-b" />
          <label className="stacked-field">
            <span>Compare on</span>
            <input type="date" value={date} required onChange={(e) => parseIsoDate(e.target.value) !== undefined && select({ date: e.target.value })} data-testid="compare-date" />
          </label>
          <button type="button" onClick={() => select({ a: pair.b, b: pair.a })}>
            Swap A and B
          </button>
          <label className="checkbox">
            <input type="checkbox" checked={onlyChanges} onChange={(e) => select({ onlyChanges: e.target.checked })} />
            Only differences
          </label>
        </div>
        {saved.length < 2 && <p className="muted">Only one plan is saved. Use Duplicate in the header to copy it (for example before a renewal), change the copy, then compare the two here.</p>}
        {'error' in loadedA && <p className="field-error">Plan A could not be read: {loadedA.error.join('; ')}</p>}
        {'error' in loadedB && <p className="field-error">Plan B could not be read: {loadedB.error.join('; ')}</p>}
        {notes.map((n) => (
          <p key={n} className="muted">
            {n}
          </p>
        ))}
      </div>
      {diff && (
        <>
          <section className="card" aria-labelledby="compare-license-h">
            <h3 id="compare-license-h">Running license on {shortDate(date, 0)}</h3>
            <p aria-live="polite" data-testid="compare-summary">
              {diff.changedCount === 0 ? 'No feature differs' : `${diff.changedCount} of ${diff.running.length} features differ`} on this date. A: {diff.valid.a ? 'works' : 'cannot work as drawn'} (
              {counts(diff.issues.a)}); B: {diff.valid.b ? 'works' : 'cannot work as drawn'} ({counts(diff.issues.b)}).
            </p>
            <CompareLicenseTable rows={diff.running} nameA={nameOf(pair.a)} nameB={nameOf(pair.b)} onlyChanges={onlyChanges} />
          </section>
          <section className="card" aria-labelledby="compare-timeline-h">
            <h3 id="compare-timeline-h">Timeline differences</h3>
            <p className="muted">
              A = {nameOf(pair.a)}; B = {nameOf(pair.b)}. Dates are calendar dates, so plans starting on different days line up.
            </p>
            <CompareTimelineList diffs={diff.timeline} />
          </section>
        </>
      )}
    </section>
  );
}
