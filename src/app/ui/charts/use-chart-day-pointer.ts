// Clicking or dragging on a timeline sets the as-of day: the pointer's x, read against where the
// chart draws day 0 and the horizon (the geometry its PlotGeometryProbe reports), gives the day.
// The slider and date field of the as-of control stay the keyboard's way to the same setting.
import { useCallback, type PointerEvent } from 'react';
import { clampDay } from '../../engine-loader/use-evaluation';
import { usePlanStore } from '../../store/plan-store';
import type { PlotGeometry } from './as-of-overlay';

/** The day under pixel `x` of a chart whose day 0 and horizon fall at geometry.x0 and geometry.x1. */
export function dayAtX(x: number, geometry: PlotGeometry, horizon: number): number | undefined {
  const width = geometry.x1 - geometry.x0;
  if (!(width > 0) || x < (geometry.left ?? geometry.x0) - 4 || x > (geometry.right ?? geometry.x1) + 4) return undefined;
  return clampDay(Math.round(((x - geometry.x0) / width) * horizon), horizon);
}

export function useChartDayPointer(geometry: PlotGeometry | undefined, horizon: number) {
  const setView = usePlanStore((s) => s.setView);
  const setFrom = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (geometry === undefined) return;
      const day = dayAtX(e.clientX - e.currentTarget.getBoundingClientRect().left, geometry, horizon);
      if (day !== undefined) setView({ asOfDay: day });
    },
    [geometry, horizon, setView],
  );
  return {
    onPointerDown: (e: PointerEvent<HTMLDivElement>) => {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      setFrom(e);
    },
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      if (e.buttons & 1) setFrom(e);
    },
  };
}
