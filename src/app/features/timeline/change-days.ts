// The days something changes on the plan's timeline (an event of the engine's result, or the start of
// a new running license), for the as-of bar's "previous / next change" steps and its keys.
import type { Segment, TimelineEvent } from '../../../engine/index';

/** Distinct days within [0, horizon], ascending. */
export function changeDays(events: readonly TimelineEvent[], segments: readonly Segment[], horizon: number): number[] {
  const days = new Set<number>();
  for (const e of events) if (e.type !== 'horizon' && e.day >= 0 && e.day <= horizon) days.add(e.day);
  for (const s of segments) if (s.from >= 0 && s.from <= horizon) days.add(s.from);
  return [...days].sort((a, b) => a - b);
}

/** The first change day after `day` (direction 1) or the last before it (-1); undefined when there is none. */
export function stepChange(days: readonly number[], day: number, direction: 1 | -1): number | undefined {
  if (direction === 1) return days.find((d) => d > day);
  return days.findLast((d) => d < day);
}

export type AsOfStep = { kind: 'day' | 'week'; by: number } | { kind: 'change'; direction: 1 | -1 };

/** The step a key press in the as-of bar asks for (the bar's help text lists them). */
export function stepForKey(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): AsOfStep | undefined {
  if (e.altKey) return undefined;
  const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
  if (dir !== 0) {
    if (e.ctrlKey || e.metaKey) return { kind: 'change', direction: dir };
    return e.shiftKey ? { kind: 'week', by: 7 * dir } : { kind: 'day', by: dir };
  }
  if (e.key === 'PageDown') return { kind: 'week', by: 7 };
  if (e.key === 'PageUp') return { kind: 'week', by: -7 };
  if (e.key === ']') return { kind: 'change', direction: 1 };
  if (e.key === '[') return { kind: 'change', direction: -1 };
  return undefined;
}

/** The day a step leads to from `day`, within [0, horizon]; unchanged when there is no change day that way. */
export function applyStep(step: AsOfStep, day: number, horizon: number, days: readonly number[]): number {
  const next = step.kind === 'change' ? (stepChange(days, day, step.direction) ?? day) : day + step.by;
  return Math.min(horizon, Math.max(0, next));
}
