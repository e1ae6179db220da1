// Bands over a chart's plot for stretches of days (bands.ts): a faint wash of the kind's colour and
// a pattern of its own (lines one way or the other, dots, cross-hatch), so each tells apart in
// light, dark and greyscale print; a link-down's 30-day mark as a dashed line. Plain SVG placed
// with the chart's x scale, like the event markers. The legend below the chart draws the same
// patterns beside each label.
import { useId } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import type { TimelineStretchKind } from '../../../engine/index';
import { BAND_STYLES, type Band, type BandStyle } from './bands';
import './timeline.css';

/** An id prefix safe inside url(#…). */
export function usePatternPrefix(): string {
  return `bands-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

const PATHS: Record<Exclude<BandStyle['pattern'], 'dots'>, string> = {
  slash: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  backslash: 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  vertical: 'M4,0 v8',
  horizontal: 'M0,4 h8',
  cross: 'M4,0 v8 M0,4 h8',
  'diagonal-cross': 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
};

export const patternId = (prefix: string, kind: TimelineStretchKind) => `${prefix}-${kind}`;

/** The patterns, once per chart (the legend's swatches refer to them too). */
export function BandPatterns({ prefix, kinds }: { prefix: string; kinds: readonly TimelineStretchKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <svg width="0" height="0" className="band-patterns" aria-hidden="true" focusable="false">
      <defs>
        {kinds.map((kind) => {
          const s = BAND_STYLES[kind];
          return (
            <pattern key={kind} id={patternId(prefix, kind)} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill={s.color} fillOpacity={0.1} />
              {s.pattern === 'dots' ? <circle cx="4" cy="4" r="1.6" fill={s.color} /> : <path d={PATHS[s.pattern]} stroke={s.color} strokeWidth={1.4} strokeOpacity={0.75} />}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** Inside a chart: the bands within the x axis' domain, each with its title on hover. */
export function ChartBands({ bands, prefix }: { bands: readonly Band[]; prefix: string }) {
  const scale = useXAxisScale();
  const area = usePlotArea();
  if (scale === undefined || area === undefined || bands.length === 0) return null;
  const left = area.x;
  const right = area.x + area.width;
  return (
    <g className="chart-bands">
      {bands.map((b, i) => {
        const x1 = Math.max(left, scale(b.from) ?? left);
        const x2 = Math.min(right, scale(b.to) ?? right);
        if (!(x2 > x1)) return null;
        const mark = b.markDay === undefined ? undefined : scale(b.markDay);
        return (
          <g key={`${b.kind}-${b.from}-${i}`} className={`chart-band band-${b.kind}`} data-kind={b.kind} data-from={b.from} data-to={b.to}>
            <title>{b.title}</title>
            <rect
              x={x1}
              y={area.y}
              width={Math.max(1, x2 - x1)}
              height={area.height}
              fill={`url(#${patternId(prefix, b.kind)})`}
              stroke={BAND_STYLES[b.kind].color}
              strokeOpacity={0.5}
              strokeDasharray="1 2"
            />
            {mark !== undefined && mark >= left && mark <= right && (
              <line className="band-mark" x1={mark} x2={mark} y1={area.y} y2={area.y + area.height} stroke={BAND_STYLES[b.kind].color} strokeWidth={2} strokeDasharray="5 3" />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** The legend of the kinds drawn, with their patterns. */
export function BandLegend({ kinds, prefix }: { kinds: readonly TimelineStretchKind[]; prefix: string }) {
  if (kinds.length === 0) return null;
  return (
    <ul className="band-legend" aria-label="Shaded stretches">
      {kinds.map((kind) => (
        <li key={kind} data-kind={kind}>
          <svg width="22" height="14" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="21" height="13" fill={`url(#${patternId(prefix, kind)})`} stroke={BAND_STYLES[kind].color} />
          </svg>
          <span>{BAND_STYLES[kind].label}</span>
        </li>
      ))}
    </ul>
  );
}
