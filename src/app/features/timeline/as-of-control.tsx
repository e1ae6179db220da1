// The day everything on the right is evaluated at: a slider over the horizon and a date field.
import { dateToDay, dayToDate, shortDate, todayIso } from '../../ui/display/dates';
import { clampDay } from '../../engine-loader/use-evaluation';
import { useResultsPlan } from '../../engine-loader/use-settled-plan';
import { usePlanStore } from '../../store/plan-store';

export function AsOfControl() {
  const { startDate, horizonDays: horizon } = useResultsPlan();
  const raw = usePlanStore((s) => s.view.asOfDay);
  const setView = usePlanStore((s) => s.setView);
  const day = clampDay(raw, horizon);
  const today = dateToDay(startDate, todayIso());
  const set = (d: number) => setView({ asOfDay: clampDay(d, horizon) });
  return (
    <section className="card as-of" aria-labelledby="as-of-h">
      <h2 id="as-of-h">As of {shortDate(startDate, day)}</h2>
      <div className="as-of-row">
        <label className="stacked-field grow">
          <span>
            Day {day} of {horizon}
          </span>
          <input
            type="range"
            min={0}
            max={horizon}
            step={1}
            value={day}
            aria-valuetext={`day ${day}, ${shortDate(startDate, day)}`}
            onChange={(e) => set(Number(e.target.value))}
            data-testid="as-of-slider"
          />
        </label>
        <label className="stacked-field">
          <span>Date</span>
          <input
            type="date"
            value={dayToDate(startDate, day)}
            min={startDate}
            max={dayToDate(startDate, horizon)}
            onChange={(e) => {
              const d = dateToDay(startDate, e.target.value);
              if (d !== undefined) set(d);
            }}
            data-testid="as-of-date"
          />
        </label>
        <div className="button-group">
          <button type="button" onClick={() => set(0)}>
            Start
          </button>
          <button type="button" onClick={() => today !== undefined && set(today)} disabled={today === undefined || today < 0 || today > horizon}>
            Today
          </button>
        </div>
      </div>
    </section>
  );
}
