// Half-open day intervals [from, to): merged, never walked day by day.
export interface Interval {
  from: number;
  to: number;
}

export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ from: i.from, to: i.to });
  }
  return out;
}

export const inAny = (intervals: readonly Interval[], day: number): boolean => intervals.some((i) => day >= i.from && day < i.to);

/**
 * The day on which `usageDays` of running time have been used, counting from `start` and skipping
 * the (merged) intervals in which the unit is off.
 */
export function dayUsageReaches(start: number, usageDays: number, off: readonly Interval[]): number {
  let cursor = start;
  let remaining = usageDays;
  for (const i of off) {
    if (i.to <= cursor) continue;
    const from = Math.max(i.from, cursor);
    if (from - cursor >= remaining) break;
    remaining -= from - cursor;
    cursor = i.to;
  }
  return cursor + remaining;
}

/** Membership for ascending days over merged, sorted intervals, in linear time overall. */
export function ascendingMembership(intervals: readonly Interval[]): (day: number) => boolean {
  let i = 0;
  return (day) => {
    while (i < intervals.length && intervals[i]!.to <= day) i++;
    const current = intervals[i];
    return current !== undefined && day >= current.from;
  };
}
