// The timelines (a lazily loaded chunk with Recharts): key countdowns, one feature's running
// value, the events; the engine is asked at each event day, which is exact between events.
import { useMemo } from 'react';
import { analyzePlan, catalog, FEATURE_IDS, resultAt, type EvaluateResult, type FeatureId, type Plan } from '../../engine/index';
import { dateToDay, shortDate, todayIso } from '../lib/dates';
import { leadDaysOf, orderByMarkers } from '../lib/renewals';
import { changingFeatures, chartedKeys, featureScale, keyRemainingSeries, sampleDays } from '../lib/timeline-data';
import { usePlanStore } from '../store/plan-store';
import { FeatureValueChart } from './feature-value-chart';
import { KeyRemainingChart } from './key-remaining-chart';

interface Props {
  plan: Plan;
  result: EvaluateResult;
}

export default function TimelineCharts({ plan, result }: Props) {
  const asOfDay = result.at;
  const chartFeature = usePlanStore((s) => s.view.chartFeature);
  const setView = usePlanStore((s) => s.setView);
  const horizon = plan.horizonDays;
  const todayDay = dateToDay(plan.startDate, todayIso());
  const keyData = useMemo(() => {
    const days = sampleDays(result, horizon);
    if (result.keys.length === 0) return keyRemainingSeries([]);
    const analysis = analyzePlan(plan);
    return keyRemainingSeries(days.map((d) => resultAt(analysis, d)));
    // The samples depend on the plan only; the as-of day just moves a marker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);
  // Colours follow each key's state on the as-of day.
  const keys = chartedKeys(result);
  const segments = result.timeline.segments;
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
  const events = result.timeline.events.filter((e) => e.day <= horizon);
  const leadDays = leadDaysOf(plan);
  const orderBy = orderByMarkers(result.renewals, horizon);

  return (
    <section className="card" aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      <h3>Days left on each key</h3>
      {keys.length === 0 ? (
        <p className="muted">No time-based keys in this plan.</p>
      ) : (
        <figure className="chart" aria-label={`Days left on ${keys.length} keys from ${shortDate(plan.startDate, 0)} to ${shortDate(plan.startDate, horizon)}`}>
          <KeyRemainingChart data={keyData} keys={keys} events={events} startDate={plan.startDate} horizon={horizon} asOfDay={asOfDay} todayDay={todayDay} nearDays={leadDays} orderBy={orderBy} />
          <figcaption className="muted">
            Red: expired; amber: {leadDays} days or fewer left on the as-of day (the purchase lead time). Dotted lines mark events; dashed amber “order by” lines the last day to order a renewal; the solid blue line is today.
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
            <FeatureValueChart feature={feature} label={catalog.features[feature].label} segments={segments} events={events} startDate={plan.startDate} horizon={horizon} asOfDay={asOfDay} todayDay={todayDay} orderBy={orderByMarkers(result.renewals, horizon, feature)} />
          </figure>
        </>
      )}
      <details className="events-list">
        <summary>Timeline events ({events.length})</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Unit / key</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={i} className={e.day <= asOfDay ? 'past' : undefined}>
                <td>{shortDate(plan.startDate, e.day)}</td>
                <td>{e.type}</td>
                <td>{[e.unit, e.key].filter(Boolean).join(' / ')}</td>
                <td>
                  {e.message} {e.cite && <cite>{e.cite}</cite>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
