// The timeline on paper: the key countdown chart at a fixed, page-wide size (a responsive chart
// would keep its screen width when printed), the chart of a changing feature, and every event as a
// static list with its date. A big plan's key chart draws one unit's keys, as on screen.
import { useMemo } from 'react';
import { catalog, evaluatePlanAtDays, type EvaluateResult, type FeatureId, type Plan } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { leadDaysOf, orderByMarkers } from '../../ui/display/renewals';
import { ALL_UNITS, eventsForChoice, keyChartSelection, lapsesForChoice } from '../../ui/charts/key-chart-selection';
import { changingFeatures, chartedKeys, keyRemainingSeries, keySeriesId, sampleDays } from '../../ui/display/timeline-data';
import { FeatureValueChart } from '../../ui/charts/feature-value-chart';
import { KeyRemainingChart } from '../../ui/charts/key-remaining-chart';
import { ReportEvents } from './report-events';

// The width of an A4 page inside its 12 mm margins (186 mm at 96 px to the inch): the charts span the page.
const CHART = { width: 700, height: 260 };

interface Props {
  plan: Plan;
  result: EvaluateResult;
  chartFeature: FeatureId | undefined;
  chartUnit: string | undefined;
  /** The unit open in the editor: the chart's default unit on a big plan. */
  editorUnit: string | undefined;
}

export function ReportTimeline({ plan, result, chartFeature, chartUnit, editorUnit }: Props) {
  const horizon = plan.horizonDays;
  const selection = keyChartSelection(
    chartedKeys(result),
    plan.deployment.units.map((u) => u.id),
    chartUnit,
    editorUnit,
  );
  const keys = selection.keys;
  const keyData = useMemo(() => {
    if (keys.length === 0) return [];
    const units = selection.choice === ALL_UNITS ? undefined : new Set([selection.choice]);
    return keyRemainingSeries(evaluatePlanAtDays(plan, sampleDays(result, horizon, { units })), new Set(keys.map(keySeriesId)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan, result, horizon, selection.choice]);
  const events = result.timeline.events.filter((e) => e.day <= horizon);
  const changing = changingFeatures(result.timeline.segments);
  const feature = chartFeature !== undefined && changing.includes(chartFeature) ? chartFeature : changing[0];
  const common = { events, startDate: plan.startDate, horizon, asOfDay: result.at, todayDay: undefined, size: CHART };
  // The legend takes a row per five keys or so: the key chart grows with it, so the plot keeps its height.
  const keyChart = { ...CHART, height: CHART.height + 22 * Math.max(0, Math.ceil(keys.length / 5) - 1) };
  return (
    <section className="report-section" aria-labelledby="report-timeline-h">
      <h3 id="report-timeline-h">Timeline</h3>
      {keys.length > 0 && (
        <figure className="chart report-chart" aria-label={`Days left on ${keys.length} keys from ${shortDate(plan.startDate, 0)} to ${shortDate(plan.startDate, horizon)}`}>
          <KeyRemainingChart
            data={keyData}
            keys={keys}
            nearDays={leadDaysOf(plan)}
            {...common}
            events={eventsForChoice(events, selection.choice)}
            orderBy={orderByMarkers(lapsesForChoice(result.renewals, selection.choice, new Set(keys.map(keySeriesId))), horizon)}
            size={keyChart}
          />
          <figcaption className="muted">
            Days left on each key{keys.length < selection.total ? ` of ${selection.choice} (${keys.length} of the plan's ${selection.total} keys)` : ''}. Dashed “order by” lines: the last day to order
            a renewal; the dashed black line is the report day.
          </figcaption>
        </figure>
      )}
      {feature !== undefined && (
        <figure className="chart report-chart" aria-label={`${catalog.features[feature].label} over time`}>
          <FeatureValueChart feature={feature} label={catalog.features[feature].label} segments={result.timeline.segments} orderBy={orderByMarkers(result.renewals, horizon, feature)} {...common} />
          <figcaption className="muted">{catalog.features[feature].label}: the running value over time.</figcaption>
        </figure>
      )}
      <h4>Events</h4>
      {events.length === 0 ? <p className="muted">No events within the horizon.</p> : <ReportEvents events={events} startDate={plan.startDate} />}
    </section>
  );
}
