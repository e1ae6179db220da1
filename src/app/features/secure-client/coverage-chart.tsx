// Licensed Plus and Apex users against the demand over calendar dates (steps); a shortfall shades the
// band of missing users, a gap without a count the full height.
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { shortDate } from '../../ui/display/dates';
import { hasDemandLine, type CoveragePoint, type GapArea } from './secure-client-coverage';
import { calendarTicks } from '../../ui/charts/axis-ticks';

interface Props {
  points: CoveragePoint[];
  gaps: GapArea[];
  startDate: string;
  horizon: number;
  asOfDay: number;
}

const numberFormat = new Intl.NumberFormat('en-US');
/** Head room above the highest line so it does not run along the frame. */
const yMax = (dataMax: number) => Math.max(10, Math.ceil((dataMax * 1.12) / 10) * 10);

export function CoverageChart({ points, gaps, startDate, horizon, asOfDay }: Props) {
  const ticks = calendarTicks(startDate, horizon);
  const labels = new Map(ticks.map((t) => [t.day, t.label]));
  const showApex = points.some((p) => p.apexUsers > 0) || hasDemandLine(points, 'demandApexUsers');
  return (
    <LineChart responsive style={{ width: '100%', height: 300 }} data={points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
      <XAxis dataKey="day" type="number" domain={[0, horizon]} ticks={ticks.map((t) => t.day)} tickFormatter={(d: number) => labels.get(d) ?? shortDate(startDate, d)} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} minTickGap={24} />
      <YAxis stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} width={64} allowDecimals={false} domain={[0, yMax]} tickFormatter={(n: number) => numberFormat.format(n)} label={{ value: 'users', angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12 }} />
      <Tooltip
        labelFormatter={(d) => `${shortDate(startDate, Number(d))} · day ${Number(d)}`}
        formatter={(v, name) => [typeof v === 'number' ? numberFormat.format(v) : '—', name]}
        contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
      />
      <Legend itemSorter={null} />
      {gaps.map((g, i) => (
        <ReferenceArea
          key={`gap-${i}`}
          x1={g.from}
          x2={g.to}
          {...(g.y1 !== undefined ? { y1: g.y1, y2: g.y2 } : {})}
          fill={g.kind === 'no-coverage' ? 'var(--danger)' : 'var(--warning)'}
          fillOpacity={g.y1 !== undefined ? 0.28 : 0.1}
          ifOverflow="hidden"
          className={`sc-gap sc-gap-${g.kind}`}
        />
      ))}
      <ReferenceLine x={asOfDay} stroke="var(--text)" strokeDasharray="4 2" label={{ value: 'as of', position: asOfDay < horizon / 2 ? 'insideTopLeft' : 'insideTopRight', fill: 'var(--text)', fontSize: 12 }} />
      <Line type="stepAfter" dataKey="totalUsers" name="Licensed users (Plus + Apex)" stroke="var(--chart-1)" strokeWidth={2} dot={false} isAnimationActive={false} />
      {showApex && <Line type="stepAfter" dataKey="apexUsers" name="Licensed Apex users" stroke="var(--chart-2)" strokeWidth={2} dot={false} isAnimationActive={false} />}
      {hasDemandLine(points, 'demandUsers') && <Line type="stepAfter" dataKey="demandUsers" name="Demand: unique users" stroke="var(--chart-4)" strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />}
      {hasDemandLine(points, 'demandApexUsers') && <Line type="stepAfter" dataKey="demandApexUsers" name="Demand: Apex users" stroke="var(--chart-3)" strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />}
    </LineChart>
  );
}
