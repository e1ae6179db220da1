// The timelines (a lazily loaded chunk with Recharts): key countdowns, one feature's running
// value, the events; the engine is asked at each event day, which is exact between events.
// Everything drawn here depends on the plan, not on the as-of day: the charts are memoised and
// the day reaches only their markers and key colours, so moving the day stays cheap.
import { useMemo, useState } from 'react';
import { catalog, FEATURE_IDS, keyStatusesOn, timelineStretches, type EvaluateResult, type FeatureId, type Plan } from '../../../engine/index';
import { chartBands, TIMELINE_KINDS } from '../../ui/charts/bands';
import type { DayWindow } from '../../ui/charts/time-axis';
import { ZoomControl } from './zoom-control';
import { dateToDay, shortDate, todayIso } from '../../ui/display/dates';
import { ALL_UNITS, eventsForChoice, keyChartSelection, lapsesForChoice, MAX_CHARTED_KEYS } from '../../ui/charts/key-chart-selection';
import { analysisOf } from '../../engine-loader/plan-analysis';
import { leadDaysOf, orderByMarkers } from '../../ui/display/renewals';
import { changingFeatures, chartedKeys, featureScale, keyRemainingSeries, keySeriesId, sampleDays } from '../../ui/display/timeline-data';
import { usePlanStore } from '../../store/plan-store';
import { FeatureValueChart } from '../../ui/charts/feature-value-chart';
import { KeyRemainingChart } from '../../ui/charts/key-remaining-chart';
import { TimelineEventsList } from '../../ui/charts/timeline-events-list';

interface Props {
  plan: Plan;
  result: EvaluateResult;
}

export default function TimelineCharts({ plan, result }: Props) {
  const asOfDay = result.at;
  const chartFeature = usePlanStore((s) => s.view.chartFeature);
  const chartUnit = usePlanStore((s) => s.view.chartUnit);
  const editorUnit = usePlanStore((s) => plan.deployment.units[s.view.selectedUnit]?.id);
  const setView = usePlanStore((s) => s.setView);
  const horizon = plan.horizonDays;
  const todayDay = dateToDay(plan.startDate, todayIso());
  // The timeline and the lapses are the same on every day: keep one copy per plan so the memoised
  // charts below see the same arrays while the day moves.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { segments, events: allEvents } = useMemo(() => result.timeline, [plan]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const renewals = useMemo(() => result.renewals, [plan]);
  const events = useMemo(() => allEvents.filter((e) => e.day <= horizon), [allEvents, horizon]);
  const leadDays = leadDaysOf(plan);
  const orderBy = useMemo(() => orderByMarkers(renewals, horizon), [renewals, horizon]);

  // Which keys to draw (by plan and view), with their state on the as-of day (their colours).
  const unitOrder = useMemo(() => plan.deployment.units.map((u) => u.id), [plan.deployment.units]);
  const selection = keyChartSelection(chartedKeys(result), unitOrder, chartUnit, editorUnit);
  const keys = selection.keys;
  const idsKey = keys.map(keySeriesId).join('\n');
  // One unit's keys: its own events and the plan-wide ones, and the order-by days of its lapses.
  const keyEvents = useMemo(() => eventsForChoice(events, selection.choice), [events, selection.choice]);
  const keyOrderBy = useMemo(
    () => (selection.choice === ALL_UNITS ? orderBy : orderByMarkers(lapsesForChoice(renewals, selection.choice, new Set(idsKey.split('\n'))), horizon)),
    [orderBy, renewals, horizon, selection.choice, idsKey],
  );
  const keyData = useMemo(() => {
    if (idsKey === '') return [];
    const ids = new Set(idsKey.split('\n'));
    const units = selection.choice === ALL_UNITS ? undefined : new Set([selection.choice]);
    // Only the keys drawn are read on each sampled day (keyStatusesOn), not every key of the plan.
    return keyRemainingSeries(
      keyStatusesOn(analysisOf(plan), sampleDays(result, horizon, { units }), (unit, key) => ids.has(keySeriesId({ unit, key }))),
      ids,
    );
    // The samples depend on the plan and the keys drawn; the as-of day only recolours them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan, idsKey]);

  // Features with something to plot (a feature "Not supported" throughout has no line).
  const offered = useMemo(() => {
    const present = new Set<FeatureId>();
    for (const s of segments) {
      for (const [f, v] of Object.entries(s.running)) if (featureScale(f as FeatureId).toNumber(v) !== null) present.add(f as FeatureId);
    }
    return FEATURE_IDS.filter((f) => present.has(f));
  }, [segments]);
  const changing = useMemo(() => changingFeatures(segments), [segments]);
  const feature: FeatureId | undefined = chartFeature !== undefined && offered.includes(chartFeature) ? chartFeature : (changing[0] ?? offered[0]);
  // The shaded stretches (engine/timeline/timeline-stretches.ts): of the unit whose keys are drawn, and the deployment's.
  const stretches = useMemo(() => timelineStretches(analysisOf(plan)), [plan]);
  const keyBands = useMemo(
    () => chartBands(stretches, plan.startDate, horizon, { kinds: TIMELINE_KINDS, ...(selection.choice === ALL_UNITS ? {} : { unit: selection.choice }) }),
    [stretches, plan.startDate, horizon, selection.choice],
  );
  const allBands = useMemo(() => chartBands(stretches, plan.startDate, horizon, { kinds: TIMELINE_KINDS }), [stretches, plan.startDate, horizon]);
  // Zoom: the same window on both charts; a new plan length resets it.
  const [zoom, setZoom] = useState<{ horizon: number; window: DayWindow } | undefined>();
  const window = zoom !== undefined && zoom.horizon === horizon ? zoom.window : undefined;
  const featureOrderBy = useMemo(() => (feature === undefined ? [] : orderByMarkers(renewals, horizon, feature)), [renewals, horizon, feature]);

  return (
    <section className="card" aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      <ZoomControl startDate={plan.startDate} horizon={horizon} asOfDay={asOfDay} window={window} onChange={(w) => setZoom(w === undefined ? undefined : { horizon, window: w })} />
      <div className="field-row chart-head">
        <h3>Days left on each key</h3>
        {selection.units.length > 1 && (
          <label className="inline-field">
            <span>Keys of</span>
            <select value={selection.choice} onChange={(e) => setView({ chartUnit: e.target.value })} data-testid="chart-unit">
              {selection.allowAll && <option value={ALL_UNITS}>All units ({selection.total} keys)</option>}
              {selection.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.id} ({u.count} {u.count === 1 ? 'key' : 'keys'})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {keys.length === 0 ? (
        <p className="muted">No time-based keys in this plan.</p>
      ) : (
        <figure
          className="chart"
          aria-label={`Days left on ${keys.length} keys${selection.choice === ALL_UNITS ? '' : ` of ${selection.choice}`} from ${shortDate(plan.startDate, 0)} to ${shortDate(plan.startDate, horizon)}`}
        >
          {keys.length < selection.total && (
            <p className="muted hint" data-testid="chart-key-note">
              Showing {keys.length} of {selection.total} keys:{' '}
              {keys.length < selection.chosenCount ? `the first ${keys.length} of ${selection.chosenCount} on ${selection.choice}` : `those of ${selection.choice}`}. At most {MAX_CHARTED_KEYS} lines
              are drawn at once; pick a unit above.
            </p>
          )}
          <KeyRemainingChart
            data={keyData}
            keys={keys}
            events={keyEvents}
            startDate={plan.startDate}
            horizon={horizon}
            asOfDay={asOfDay}
            todayDay={todayDay}
            nearDays={leadDays}
            orderBy={keyOrderBy}
            bands={keyBands}
            window={window}
          />
          <figcaption className="muted">
            Red: expired; amber: {leadDays} days or fewer left on the as-of day (the purchase lead time). Dotted lines mark events
            {selection.choice === ALL_UNITS ? '' : ` of ${selection.choice} and of the whole ${plan.deployment.mode === 'cluster' ? 'cluster' : 'deployment'}`} (short ticks along the bottom when there
            are many; hover one for its date and what happened); patterned bands the stretches listed under the chart; dashed amber “order by” lines the last day to order a renewal; the solid blue
            line is today.
          </figcaption>
        </figure>
      )}
      {feature !== undefined && (
        <>
          <div className="field-row chart-head">
            <h3>Running value over time</h3>
            <label className="inline-field">
              <span>Feature</span>
              <select value={feature} onChange={(e) => setView({ chartFeature: e.target.value as FeatureId })} data-testid="chart-feature">
                {offered.map((f) => (
                  <option key={f} value={f}>
                    {catalog.features[f].label}
                    {changing.includes(f) ? ' (changes)' : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <figure className="chart" aria-label={`${catalog.features[feature].label} over time`}>
            <FeatureValueChart
              feature={feature}
              label={catalog.features[feature].label}
              segments={segments}
              events={events}
              startDate={plan.startDate}
              horizon={horizon}
              asOfDay={asOfDay}
              todayDay={todayDay}
              orderBy={featureOrderBy}
              bands={allBands}
              window={window}
            />
          </figure>
        </>
      )}
      <TimelineEventsList events={events} startDate={plan.startDate} asOfDay={asOfDay} />
    </section>
  );
}
