// The as-of bar: the date and day the results are read on, kept in view at the top of the results
// while they scroll (position: sticky), with steps by day, week and to the previous or next day
// something changes on the timeline. Keys, with the focus in the bar: ← → a day, Shift+← → or
// Page Up/Down a week, Ctrl+← → or [ ] the previous or next change day.
import { useMemo, type KeyboardEvent } from 'react';
import type { EvaluateResult } from '../../../engine/index';
import { clampDay } from '../../engine-loader/use-evaluation';
import { useResultsPlan } from '../../engine-loader/use-settled-plan';
import { shortDate } from '../../ui/display/dates';
import { usePlanStore } from '../../store/plan-store';
import '../../ui/charts/timeline.css';
import { applyStep, changeDays, stepChange, stepForKey, type AsOfStep } from './change-days';

export const AS_OF_KEYS_HELP = 'Keys: ← → a day, Shift+← → or Page Up/Down a week, Ctrl+← → or [ ] the previous or next change.';

export function AsOfBar({ result }: { result: EvaluateResult }) {
  const { startDate, horizonDays: horizon } = useResultsPlan();
  const raw = usePlanStore((s) => s.view.asOfDay);
  const setView = usePlanStore((s) => s.setView);
  const day = clampDay(raw, horizon);
  const { events, segments } = result.timeline;
  const days = useMemo(() => changeDays(events, segments, horizon), [events, segments, horizon]);
  const prev = stepChange(days, day, -1);
  const next = stepChange(days, day, 1);
  const go = (step: AsOfStep) => setView({ asOfDay: applyStep(step, day, horizon, days) });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const step = stepForKey(e);
    if (step === undefined) return;
    e.preventDefault();
    go(step);
  };
  return (
    <section className="as-of-bar" aria-label="As-of day" aria-describedby="as-of-bar-help" onKeyDown={onKeyDown} data-testid="as-of-bar">
      <button
        type="button"
        onClick={() => go({ kind: 'change', direction: -1 })}
        disabled={prev === undefined}
        aria-label={prev === undefined ? 'Previous change (none)' : `Previous change: ${shortDate(startDate, prev)}, day ${prev}`}
        data-testid="as-of-prev-change"
      >
        ⇤ <span className="wide-only">Change</span>
      </button>
      <button type="button" onClick={() => go({ kind: 'week', by: -7 })} disabled={day === 0} aria-label="A week earlier">
        −7
      </button>
      <button type="button" onClick={() => go({ kind: 'day', by: -1 })} disabled={day === 0} aria-label="A day earlier">
        −1
      </button>
      <output className="as-of-bar-day" aria-live="polite" data-testid="as-of-bar-day" data-day={day}>
        <strong>{shortDate(startDate, day)}</strong>{' '}
        <span className="muted">
          day {day} of {horizon}
        </span>
      </output>
      <button type="button" onClick={() => go({ kind: 'day', by: 1 })} disabled={day === horizon} aria-label="A day later">
        +1
      </button>
      <button type="button" onClick={() => go({ kind: 'week', by: 7 })} disabled={day === horizon} aria-label="A week later">
        +7
      </button>
      <button
        type="button"
        onClick={() => go({ kind: 'change', direction: 1 })}
        disabled={next === undefined}
        aria-label={next === undefined ? 'Next change (none)' : `Next change: ${shortDate(startDate, next)}, day ${next}`}
        data-testid="as-of-next-change"
      >
        <span className="wide-only">Change</span> ⇥
      </button>
      <p id="as-of-bar-help" className="as-of-bar-help muted">
        {AS_OF_KEYS_HELP}
      </p>
    </section>
  );
}
