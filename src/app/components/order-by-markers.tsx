// "Order by" markers: a labelled vertical line on each day a renewal has to be ordered (the
// engine's order-by days), labelled half-way up so the label clears the "as of" and "today" ones.
// Called as a function inside a chart so Recharts sees the lines.
import { ReferenceLine } from 'recharts';
import type { OrderByMarker } from '../lib/renewals';

export function OrderByMarkers({ markers }: { markers: readonly OrderByMarker[] }) {
  return markers.map((m) => (
    <ReferenceLine
      key={`order-${m.day}`}
      x={m.day}
      className="order-by-marker"
      stroke="var(--warning)"
      strokeWidth={2}
      strokeDasharray="6 3"
      ifOverflow="hidden"
      label={{ value: 'order by', position: 'insideLeft', fill: 'var(--warning)', fontSize: 12, fontWeight: 600 }}
    />
  ));
}
