// Days left on every key over calendar dates; expired and near-expiry keys in warning colours.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { KeyStatus, TimelineEvent } from '../../engine/index';
import { shortDate } from '../lib/dates';
import type { OrderByMarker } from '../lib/renewals';
import { keySeriesId, keyTone, type KeyPoint } from '../lib/timeline-data';
import { EventMarkers } from './event-markers';
import { OrderByMarkers } from './order-by-markers';

const PALETTE = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'];

interface Props {
  data: KeyPoint[];
  keys: KeyStatus[];
  events: TimelineEvent[];
  startDate: string;
  horizon: number;
  asOfDay: number;
  todayDay: number | undefined;
  /** Keys with this many days or fewer left are drawn as near expiry (the purchase lead time). */
  nearDays: number;
  orderBy: readonly OrderByMarker[];
  /** A fixed size (the printed report); otherwise the chart fills its container's width. */
  size?: { width: number; height: number };
}

export function strokeFor(k: KeyStatus, i: number, nearDays: number): string {
  const tone = keyTone(k, nearDays);
  return tone === 'expired' ? 'var(--danger)' : tone === 'near' ? 'var(--warning)' : (PALETTE[i % PALETTE.length] ?? 'var(--chart-1)');
}

export function KeyRemainingChart({ data, keys, events, startDate, horizon, asOfDay, todayDay, nearDays, orderBy, size }: Props) {
  const sizing = size === undefined ? { responsive: true, style: { width: '100%', height: 300 } } : size;
  return (
    <LineChart {...sizing} data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
      <XAxis dataKey="day" type="number" domain={[0, horizon]} tickFormatter={(d: number) => shortDate(startDate, d)} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} minTickGap={40} />
      <YAxis stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} width={56} label={{ value: 'days left', angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12 }} />
      <Tooltip labelFormatter={(d) => shortDate(startDate, Number(d))} contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
      <Legend />
      {EventMarkers({ events })}
      {OrderByMarkers({ markers: orderBy })}
      {todayDay !== undefined && todayDay >= 0 && todayDay <= horizon && <ReferenceLine x={todayDay} stroke="var(--accent)" strokeWidth={2} label={{ value: 'today', position: 'top', fill: 'var(--accent)', fontSize: 12 }} />}
      <ReferenceLine x={asOfDay} stroke="var(--text)" strokeDasharray="4 2" label={{ value: 'as of', position: 'insideTopRight', fill: 'var(--text)', fontSize: 12 }} />
      {keys.map((k, i) => {
        const id = keySeriesId(k);
        return (
          <Line
            key={id}
            type="linear"
            dataKey={(p: KeyPoint) => p[id] ?? null}
            name={`${k.key} (${k.unit})`}
            stroke={strokeFor(k, i, nearDays)}
            strokeWidth={2}
            strokeDasharray={k.state === 'expired' ? '6 3' : undefined}
            dot={false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}
