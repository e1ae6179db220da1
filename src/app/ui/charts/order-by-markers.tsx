// "Order by" markers: a dashed vertical line on each day a renewal has to be ordered (the engine's
// order-by days), labelled half-way up so the label clears the "as of" and "today" ones; a label
// that would overlap the previous one is left out (the line and its hover title stay). Plain SVG
// placed with the chart's x scale, like the event markers.
import { usePlotArea, useXAxisScale } from 'recharts';
import type { OrderByMarker } from '../display/renewals';

/** Horizontal room one "order by" label takes. */
const LABEL_WIDTH = 72;

export function OrderByMarkers({ markers }: { markers: readonly OrderByMarker[] }) {
  const scale = useXAxisScale();
  const area = usePlotArea();
  if (scale === undefined || area === undefined) return null;
  const labelY = area.y + area.height / 2;
  let lastLabelEnd = -Infinity;
  return (
    <g className="order-by-markers">
      {markers.map((m) => {
        const x = scale(m.day);
        if (x === undefined || x < area.x - 0.5 || x > area.x + area.width + 0.5) return null;
        // Near the right edge the label goes on the left of its line.
        const left = x + 5 + LABEL_WIDTH > area.x + area.width;
        const start = left ? x - 5 - LABEL_WIDTH : x + 5;
        const labelled = start >= lastLabelEnd + 4;
        if (labelled) lastLabelEnd = start + LABEL_WIDTH;
        return (
          <g key={m.day} className="order-by-marker">
            <title>{m.text}</title>
            <line x1={x} x2={x} y1={area.y} y2={area.y + area.height} stroke="var(--warning)" strokeWidth={2} strokeDasharray="6 3" />
            {labelled && (
              <text x={left ? x - 5 : x + 5} y={labelY} textAnchor={left ? 'end' : 'start'} dominantBaseline="central" fill="var(--warning)" fontSize={12} fontWeight={600}>
                order by
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
