// The "as of" line over a chart, drawn in HTML on top of it and moved with a CSS transform: a new
// day moves this one element and repaints nothing in the chart (the chart stays memoised on the
// plan's data). The chart reports where its x axis runs through PlotGeometryProbe, a child that
// reads Recharts' scale and plot area.
import { useLayoutEffect } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';

/** Where day 0 and the horizon fall on the chart, and the plot area's top and height, in pixels. */
export interface PlotGeometry {
  x0: number;
  x1: number;
  top: number;
  height: number;
  /** The plot area's left and right edges (a zoomed chart shows only part of [x0, x1]). */
  left?: number;
  right?: number;
}

/** The plot area's width in px; undefined before it is measured. */
export const plotWidth = (g: PlotGeometry | undefined): number | undefined => (g === undefined ? undefined : (g.right ?? g.x1) - (g.left ?? g.x0));

/** Inside a chart: reports its geometry whenever it changes (first layout, resize). */
export function PlotGeometryProbe({ horizon, onChange }: { horizon: number; onChange: (g: PlotGeometry) => void }) {
  const scale = useXAxisScale();
  const area = usePlotArea();
  const x0 = scale?.(0);
  const x1 = scale?.(horizon);
  const top = area?.y;
  const height = area?.height;
  const left = area?.x;
  const right = area === undefined ? undefined : area.x + area.width;
  useLayoutEffect(() => {
    if (x0 !== undefined && x1 !== undefined && top !== undefined && height !== undefined) onChange({ x0, x1, top, height, ...(left !== undefined && right !== undefined ? { left, right } : {}) });
  }, [x0, x1, top, height, left, right, onChange]);
  return null;
}

/** Room the label needs on the left of the line before it moves to the right of it. */
const LABEL_ROOM = 48;

export function AsOfOverlay({ day, horizon, geometry, label }: { day: number; horizon: number; geometry: PlotGeometry | undefined; label?: string }) {
  if (geometry === undefined || horizon <= 0) return null;
  const x = geometry.x0 + ((geometry.x1 - geometry.x0) * day) / horizon;
  // Outside a zoomed window the line is not drawn.
  if ((geometry.left !== undefined && x < geometry.left - 0.5) || (geometry.right !== undefined && x > geometry.right + 0.5)) return null;
  const flip = x - (geometry.left ?? geometry.x0) < LABEL_ROOM;
  return (
    <div className={`as-of-marker${flip ? ' flip' : ''}`} data-day={day} aria-hidden="true" style={{ transform: `translateX(${x}px)`, top: geometry.top, height: geometry.height }}>
      {label !== undefined && <span>{label}</span>}
    </div>
  );
}
