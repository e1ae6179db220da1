// Renders its children only once the page has painted: for panels whose code is a lazy chunk and
// that are not what the page opens on, so loading and running that code waits for the first paint.
import type { ReactNode } from 'react';
import { useAfterFirstPaint } from '../engine-loader/use-after-first-paint';

export function AfterFirstPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useAfterFirstPaint() ? children : fallback;
}
