// Zoom for long horizons: how much of the plan the timelines show (the whole plan, two years, a
// year, six or three months) and where that window starts (a slider). A new span is centred on the
// as-of day. The charts keep their calendar ticks (of the window) and their click-to-set-the-day.
import { shortDate } from '../../ui/display/dates';
import type { DayWindow } from '../../ui/charts/time-axis';

/** The spans offered, in days: only those shorter than the plan. */
const SPANS: readonly { days: number; label: string }[] = [
  { days: 730, label: '2 years' },
  { days: 365, label: '1 year' },
  { days: 182, label: '6 months' },
  { days: 91, label: '3 months' },
];

export const zoomSpans = (horizon: number) => SPANS.filter((s) => s.days < horizon);

/** A window of `span` days centred on `day`, kept within the plan. */
export function windowAround(day: number, span: number, horizon: number): DayWindow {
  const from = Math.min(Math.max(0, Math.round(day - span / 2)), Math.max(0, horizon - span));
  return [from, Math.min(horizon, from + span)];
}

interface Props {
  startDate: string;
  horizon: number;
  asOfDay: number;
  window: DayWindow | undefined;
  onChange: (window: DayWindow | undefined) => void;
}

export function ZoomControl({ startDate, horizon, asOfDay, window, onChange }: Props) {
  const spans = zoomSpans(horizon);
  if (spans.length === 0) return null;
  const span = window === undefined ? 0 : window[1] - window[0];
  return (
    <div className="field-row zoom-control" data-testid="timeline-zoom">
      <label className="inline-field">
        <span>Show</span>
        <select value={span} onChange={(e) => onChange(Number(e.target.value) === 0 ? undefined : windowAround(asOfDay, Number(e.target.value), horizon))} data-testid="zoom-span">
          <option value={0}>The whole plan</option>
          {spans.map((s) => (
            <option key={s.days} value={s.days}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {window !== undefined && (
        <label className="inline-field grow">
          <span>From {shortDate(startDate, window[0])}</span>
          <input
            type="range"
            min={0}
            max={horizon - span}
            step={1}
            value={window[0]}
            aria-valuetext={`${shortDate(startDate, window[0])} to ${shortDate(startDate, window[1])}`}
            onChange={(e) => onChange([Number(e.target.value), Number(e.target.value) + span])}
            data-testid="zoom-from"
          />
          <span>to {shortDate(startDate, window[1])}</span>
        </label>
      )}
    </div>
  );
}
