// Licensed Plus and Apex users against the demand over calendar dates (steps); a shortfall shades the
// band of missing users, a gap without a count the full height. Licensed lines are solid, demand
// lines dashed with a dot at each step (they tell apart where they coincide, and in greyscale);
// gaps are patterned (cross-hatch: no license; slanted lines: short), each named in the legend.
// A click or drag on the chart sets the as-of day, as on the timelines.
import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { shortDate } from '../../ui/display/dates';
import { hasDemandLine, type CoveragePoint, type GapArea } from './secure-client-coverage';
import { calendarTicks, roundTicks } from '../../ui/charts/axis-ticks';
import { useChartDayPointer } from '../../ui/charts/use-chart-day-pointer';
import { PlotGeometryProbe, type PlotGeometry } from '../../ui/charts/as-of-overlay';

const GAP_PATTERNS = {
  'no-coverage': { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4', color: 'var(--danger)', label: 'No license in force' },
  short: { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', color: 'var(--warning)', label: 'Short of the demand, or a needed feature not licensed' },
} as const;
const patternOf = (kind: string) => (kind === 'no-coverage' ? 'no-coverage' : 'short');

interface Props {
  points: CoveragePoint[];
  gaps: GapArea[];
  startDate: string;
  horizon: number;
  asOfDay: number;
}

const numberFormat = new Intl.NumberFormat('en-US');
/** A hollow dot where a demand line steps: it shows where the demand lies on a licensed line. */
const DEMAND_DOT = { r: 3.5, strokeWidth: 2, fill: 'var(--surface)' };
/** Round value steps from 0 past the highest line, with head room so it does not run along the frame. */
function yTicksOf(points: readonly CoveragePoint[]): number[] {
  let most = 0;
  for (const p of points) most = Math.max(most, p.totalUsers, p.apexUsers, p.demandUsers ?? 0, p.demandApexUsers ?? 0);
  return roundTicks(Math.max(10, most * 1.08));
}

export function CoverageChart({ points, gaps, startDate, horizon, asOfDay }: Props) {
  const prefix = `sc-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [geometry, setGeometry] = useState<PlotGeometry>();
  const pointer = useChartDayPointer(geometry, horizon);
  const gapKinds = (['no-coverage', 'short'] as const).filter((k) => gaps.some((g) => patternOf(g.kind) === k));
  const ticks = calendarTicks(startDate, horizon);
  const yTicks = yTicksOf(points);
  const labels = new Map(ticks.map((t) => [t.day, t.label]));
  const showApex = points.some((p) => p.apexUsers > 0) || hasDemandLine(points, 'demandApexUsers');
  return (
    <>
      <div className="chart-frame" {...pointer}>
        <LineChart responsive style={{ width: '100%', height: 300 }} data={points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
          <XAxis
            dataKey="day"
            type="number"
            domain={[0, horizon]}
            ticks={ticks.map((t) => t.day)}
            tickFormatter={(d: number) => labels.get(d) ?? shortDate(startDate, d)}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            minTickGap={24}
          />
          <YAxis
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            width={64}
            allowDecimals={false}
            ticks={yTicks}
            domain={[0, yTicks.at(-1) ?? 10]}
            tickFormatter={(n: number) => numberFormat.format(n)}
            label={{ value: 'users', angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12 }}
          />
          <Tooltip
            labelFormatter={(d) => `${shortDate(startDate, Number(d))} · day ${Number(d)}`}
            formatter={(v, name) => [typeof v === 'number' ? numberFormat.format(v) : '—', name]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
          <Legend itemSorter={null} />
          <defs>
            {gapKinds.map((k) => (
              <pattern key={k} id={`${prefix}-${k}`} width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill={GAP_PATTERNS[k].color} fillOpacity={0.12} />
                <path d={GAP_PATTERNS[k].d} stroke={GAP_PATTERNS[k].color} strokeWidth={1.4} strokeOpacity={0.8} />
              </pattern>
            ))}
          </defs>
          <PlotGeometryProbe horizon={horizon} onChange={setGeometry} />
          {gaps.map((g, i) => (
            <ReferenceArea
              key={`gap-${i}`}
              x1={g.from}
              x2={g.to}
              {...(g.y1 !== undefined ? { y1: g.y1, y2: g.y2 } : {})}
              fill={`url(#${prefix}-${patternOf(g.kind)})`}
              fillOpacity={1}
              stroke={GAP_PATTERNS[patternOf(g.kind)].color}
              strokeOpacity={0.6}
              strokeDasharray="1 2"
              ifOverflow="hidden"
              className={`sc-gap sc-gap-${g.kind}`}
            />
          ))}
          <ReferenceLine
            x={asOfDay}
            stroke="var(--text)"
            strokeDasharray="4 2"
            label={{ value: 'as of', position: asOfDay < horizon / 2 ? 'insideTopLeft' : 'insideTopRight', fill: 'var(--text)', fontSize: 12 }}
          />
          <Line type="stepAfter" dataKey="totalUsers" name="Licensed users (Plus + Apex)" stroke="var(--chart-1)" strokeWidth={3} dot={false} legendType="plainline" isAnimationActive={false} />
          {showApex && <Line type="stepAfter" dataKey="apexUsers" name="Licensed Apex users" stroke="var(--chart-2)" strokeWidth={3} dot={false} legendType="plainline" isAnimationActive={false} />}
          {hasDemandLine(points, 'demandUsers') && (
            <Line
              type="stepAfter"
              dataKey="demandUsers"
              name="Demand: unique users"
              stroke="var(--chart-4)"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={DEMAND_DOT}
              legendType="plainline"
              isAnimationActive={false}
            />
          )}
          {hasDemandLine(points, 'demandApexUsers') && (
            <Line
              type="stepAfter"
              dataKey="demandApexUsers"
              name="Demand: Apex users"
              stroke="var(--chart-3)"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={DEMAND_DOT}
              legendType="plainline"
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </div>
      {gapKinds.length > 0 && (
        <ul className="band-legend" aria-label="Shaded gaps" data-testid="sc-gap-legend">
          {gapKinds.map((k) => (
            <li key={k} data-kind={k}>
              <svg width="22" height="14" aria-hidden="true" focusable="false">
                <rect x="0.5" y="0.5" width="21" height="13" fill={`url(#${prefix}-${k})`} stroke={GAP_PATTERNS[k].color} />
              </svg>
              <span>{GAP_PATTERNS[k].label}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
