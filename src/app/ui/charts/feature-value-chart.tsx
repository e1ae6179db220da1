// The running value of one feature over time, read from the result's segments. Memoised on the
// plan's data: the as-of day moves only the line drawn over it (AsOfOverlay).
import { memo, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { FeatureId, Segment, TimelineEvent } from '../../../engine/index';
import { shortDate } from '../display/dates';
import { roundTicks } from './axis-ticks';
import { legendKinds, type Band } from './bands';
import { BandLegend, BandPatterns, ChartBands, usePatternPrefix } from './chart-bands';
import { maxTicksFor, timeAxis, type DayWindow } from './time-axis';
import { useChartDayPointer } from './use-chart-day-pointer';
import { formatValue } from '../display/format-value';
import type { OrderByMarker } from '../display/renewals';
import { featureScale, featureSeries } from '../display/timeline-data';
import { AsOfOverlay, PlotGeometryProbe, plotWidth, type PlotGeometry } from './as-of-overlay';
import { EventMarkers } from './event-markers';
import { OrderByMarkers } from './order-by-markers';

interface Props {
  feature: FeatureId;
  label: string;
  segments: readonly Segment[];
  events: readonly TimelineEvent[];
  startDate: string;
  horizon: number;
  asOfDay: number;
  todayDay: number | undefined;
  /** The order-by days of this feature's lapses. */
  orderBy: readonly OrderByMarker[];
  /** A fixed size (the printed report); otherwise the chart fills its container's width. */
  size?: { width: number; height: number };
  /** The shaded stretches (power-off, link-down…), read off the engine's stretches. */
  bands?: readonly Band[];
  /** The days shown when zoomed; the whole plan otherwise. */
  window?: DayWindow;
}

export function FeatureValueChart({ asOfDay, ...chart }: Props) {
  const [geometry, setGeometry] = useState<PlotGeometry>();
  const pointer = useChartDayPointer(geometry, chart.horizon);
  const bandPrefix = usePatternPrefix();
  const kinds = useMemo(() => legendKinds(chart.bands ?? NO_BANDS), [chart.bands]);
  return (
    <>
      <div className="chart-frame" {...pointer}>
        <BandPatterns prefix={bandPrefix} kinds={kinds} />
        <FeatureLine maxTicks={chart.size === undefined ? maxTicksFor(plotWidth(geometry)) : 8} onGeometry={setGeometry} bandPrefix={bandPrefix} {...chart} />
        <AsOfOverlay day={asOfDay} horizon={chart.horizon} geometry={geometry} />
      </div>
      <BandLegend prefix={bandPrefix} kinds={kinds} />
    </>
  );
}

const NO_BANDS: readonly Band[] = [];

const FeatureLine = memo(function FeatureLine({
  feature,
  label,
  segments,
  events,
  startDate,
  horizon,
  todayDay,
  orderBy,
  size,
  onGeometry,
  bands,
  bandPrefix,
  window,
  maxTicks,
}: Omit<Props, 'asOfDay'> & { onGeometry: (g: PlotGeometry) => void; bandPrefix: string; maxTicks: number }) {
  const scale = featureScale(feature);
  const data = useMemo(() => featureSeries(segments, feature, horizon), [segments, feature, horizon]);
  const axis = useMemo(() => timeAxis(startDate, horizon, window, maxTicks), [startDate, horizon, window, maxTicks]);
  const { yTicks } = useMemo(() => {
    const most = data.reduce((m, p) => (typeof p.value === 'number' && p.value > m ? p.value : m), 0);
    return { yTicks: roundTicks(most) };
  }, [data]);
  const levelLabel = (n: number) => (scale.numeric ? formatValue(n) : formatValue(scale.levels[n] as string | boolean | undefined));
  return (
    <LineChart {...(size ?? { responsive: true, style: { width: '100%', height: 240 } })} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
      <XAxis
        dataKey="day"
        type="number"
        domain={axis.domain}
        allowDataOverflow={axis.allowDataOverflow}
        ticks={axis.ticks}
        tickFormatter={axis.tickFormatter}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        minTickGap={24}
      />
      <YAxis
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        width={scale.numeric ? 64 : 120}
        allowDecimals={false}
        {...(scale.numeric ? { ticks: yTicks, domain: [0, yTicks.at(-1) ?? 1] } : { ticks: scale.levels.map((_, i) => i), domain: [0, Math.max(1, scale.levels.length - 1)] })}
        tickFormatter={levelLabel}
      />
      <Tooltip
        labelFormatter={(d) => `${shortDate(startDate, Number(d))} · day ${Number(d)}`}
        formatter={(v) => [typeof v === 'number' ? levelLabel(v) : '—', label]}
        contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
      />
      <ChartBands bands={bands ?? NO_BANDS} prefix={bandPrefix} />
      <EventMarkers events={events} startDate={startDate} />
      <OrderByMarkers markers={orderBy} />
      {todayDay !== undefined && todayDay >= 0 && todayDay <= horizon && (
        <ReferenceLine x={todayDay} stroke="var(--accent)" strokeWidth={2} label={{ value: 'today', position: 'top', fill: 'var(--accent)', fontSize: 12 }} />
      )}
      <PlotGeometryProbe horizon={horizon} onChange={onGeometry} />
      <Line type="stepAfter" dataKey="value" name={label} stroke="var(--chart-1)" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
    </LineChart>
  );
});
