// A key's state over time: the days it changed, as flat [day, remaining, flags] triples. A large plan
// records thousands of points; numbers in one array cost no object each, and a day is found by
// binary search.
export const INSTALLED = 1;
export const ACTIVE = 2;
export const EXPIRED = 4;
export const COUNTING = 8;

export type KeyHistory = number[];

export const keyFlags = (k: { installed: boolean; active: boolean; expired: boolean; counting: boolean }): number =>
  (k.installed ? INSTALLED : 0) | (k.active ? ACTIVE : 0) | (k.expired ? EXPIRED : 0) | (k.counting ? COUNTING : 0);

/** Adds a point unless the key is where the last point projects it (same flags, timer ran as expected). */
export function recordKeyPoint(history: KeyHistory, day: number, remaining: number, flags: number): void {
  const n = history.length;
  if (n > 0) {
    const lastFlags = history[n - 1]!;
    const projected = history[n - 2]! - (lastFlags & COUNTING ? day - history[n - 3]! : 0);
    if (lastFlags === flags && projected === remaining) return;
  }
  history.push(day, remaining, flags);
}

/** The offset of the last point on or before `day`, or -1 when there is none. */
export function keyPointAt(history: KeyHistory, day: number): number {
  let lo = 0;
  let hi = history.length / 3 - 1;
  if (hi < 0 || history[0]! > day) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (history[mid * 3]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}
