// Days left on every charted key over calendar dates; expired and near-expiry keys in warning
// colours. The lines are memoised on the plan's series: the as-of day reaches the chart only as
// CSS custom properties (each key's colour and dash on that day, set on the frame) and as the
// "as of" line drawn over it, so moving the day never re-renders Recharts.
import { memo, useMemo, useState, type CSSProperties } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { KeyStatus, TimelineEvent } from '../../../engine/index';
import { shortDate } from '../display/dates';
import { roundTicks } from './axis-ticks';
import { legendKinds, type Band } from './bands';
import { BandLegend, BandPatterns, ChartBands, usePatternPrefix } from './chart-bands';
import { maxTicksFor, timeAxis, type DayWindow } from './time-axis';
import { useChartDayPointer } from './use-chart-day-pointer';
import type { OrderByMarker } from '../display/renewals';
import { keySeriesId, keyTone, type KeyPoint } from '../display/timeline-data';
import { AsOfOverlay, PlotGeometryProbe, plotWidth, type PlotGeometry } from './as-of-overlay';
import { EventMarkers } from './event-markers';
import { OrderByMarkers } from './order-by-markers';

const PALETTE = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'];

interface Props {
  data: KeyPoint[];
  /** The keys drawn, with their state on the as-of day (which sets their colours). */
  keys: KeyStatus[];
  events: readonly TimelineEvent[];
  startDate: string;
  horizon: number;
  asOfDay: number;
  todayDay: number | undefined;
  /** Keys with this many days or fewer left are drawn as near expiry (the purchase lead time). */
  nearDays: number;
  orderBy: readonly OrderByMarker[];
  /** A fixed size (the printed report); otherwise the chart fills its container's width. */
  size?: { width: number; height: number };
  /** The shaded stretches (power-off, link-down…), read off the engine's stretches. */
  bands?: readonly Band[];
  /** The days shown when zoomed; the whole plan otherwise. */
  window?: DayWindow;
}

export function strokeFor(k: KeyStatus, i: number, nearDays: number): string {
  const tone = keyTone(k, nearDays);
  return tone === 'expired' ? 'var(--danger)' : tone === 'near' ? 'var(--warning)' : (PALETTE[i % PALETTE.length] ?? 'var(--chart-1)');
}

/** Each line's colour and dash on the as-of day, as custom properties the lines read. */
function toneStyle(keys: readonly KeyStatus[], nearDays: number): CSSProperties {
  const style: Record<string, string> = {};
  keys.forEach((k, i) => {
    style[`--key-${i}`] = strokeFor(k, i, nearDays);
    style[`--key-${i}-dash`] = k.state === 'expired' ? '6 3' : 'none';
  });
  return style as CSSProperties;
}

export function KeyRemainingChart({ keys, asOfDay, nearDays, ...chart }: Props) {
  // The lines' identity (id and legend name) changes with the plan only, not with the day.
  const seriesKey = keys.map((k) => `${keySeriesId(k)}\t${k.key} (${k.unit})`).join('\n');
  const series = useMemo(() => (seriesKey === '' ? [] : seriesKey.split('\n').map((s) => s.split('\t') as [string, string])), [seriesKey]);
  const [geometry, setGeometry] = useState<PlotGeometry>();
  const pointer = useChartDayPointer(geometry, chart.horizon);
  const bandPrefix = usePatternPrefix();
  const kinds = useMemo(() => legendKinds(chart.bands ?? NO_BANDS), [chart.bands]);
  return (
    <>
      <div className="chart-frame" style={toneStyle(keys, nearDays)} {...pointer}>
        <BandPatterns prefix={bandPrefix} kinds={kinds} />
        <KeyLines maxTicks={chart.size === undefined ? maxTicksFor(plotWidth(geometry)) : 8} series={series} onGeometry={setGeometry} bandPrefix={bandPrefix} {...chart} />
        <AsOfOverlay day={asOfDay} horizon={chart.horizon} geometry={geometry} label="as of" />
      </div>
      <BandLegend prefix={bandPrefix} kinds={kinds} />
    </>
  );
}

type LinesProps = Omit<Props, 'keys' | 'asOfDay' | 'nearDays'> & {
  series: readonly (readonly [id: string, name: string])[];
  onGeometry: (g: PlotGeometry) => void;
  bandPrefix: string;
  maxTicks: number;
};

const NO_BANDS: readonly Band[] = [];

const KeyLines = memo(function KeyLines({ data, series, events, startDate, horizon, todayDay, orderBy, size, onGeometry, bands, bandPrefix, window, maxTicks }: LinesProps) {
  const sizing = size === undefined ? { responsive: true, style: { width: '100%', height: 300 } } : size;
  const axis = useMemo(() => timeAxis(startDate, horizon, window, maxTicks), [startDate, horizon, window, maxTicks]);
  const yTicks = useMemo(() => {
    let most = 0;
    for (const p of data) for (const [k, v] of Object.entries(p)) if (k !== 'day' && typeof v === 'number' && v > most) most = v;
    return roundTicks(most);
  }, [data]);
  return (
    <LineChart {...sizing} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
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
        width={56}
        domain={[0, yTicks.at(-1) ?? 1]}
        ticks={yTicks}
        allowDecimals={false}
        label={{ value: 'days left', angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12 }}
      />
      <Tooltip
        labelFormatter={(d) => `${shortDate(startDate, Number(d))} · day ${Number(d)}`}
        formatter={(v) => (typeof v === 'number' ? `${v} days left` : '—')}
        contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
      />
      <Legend />
      <ChartBands bands={bands ?? NO_BANDS} prefix={bandPrefix} />
      <EventMarkers events={events} startDate={startDate} />
      <OrderByMarkers markers={orderBy} />
      {todayDay !== undefined && todayDay >= 0 && todayDay <= horizon && (
        <ReferenceLine x={todayDay} stroke="var(--accent)" strokeWidth={2} label={{ value: 'today', position: 'top', fill: 'var(--accent)', fontSize: 12 }} />
      )}
      <PlotGeometryProbe horizon={horizon} onChange={onGeometry} />
      {series.map(([id, name], i) => (
        <Line
          key={id}
          type="linear"
          dataKey={(p: KeyPoint) => p[id] ?? null}
          name={name}
          stroke={`var(--key-${i})`}
          strokeWidth={2}
          strokeDasharray={`var(--key-${i}-dash)`}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
});
