// A key's state over time: the days it changed, as flat [day, remaining, flags] triples. A large plan
// records thousands of points; numbers in one array cost no object each, and a day is found by
// binary search.
export const INSTALLED = 1;
export const ACTIVE = 2;
export const EXPIRED = 4;
export const COUNTING = 8;
/** Active and able to run, but a shared countdown that another unit's key leads (not counting). */
export const WAITING = 16;

export type KeyHistory = number[];

export const keyFlags = (k: { installed: boolean; active: boolean; expired: boolean; counting: boolean; waiting?: boolean }): number =>
  (k.installed ? INSTALLED : 0) | (k.active ? ACTIVE : 0) | (k.expired ? EXPIRED : 0) | (k.counting ? COUNTING : 0) | (k.waiting ? WAITING : 0);

/** Whether a point adds anything: not when the key is where the last point projects it (same flags, timer ran as expected). */
function isNewPoint(lastDay: number, lastRemaining: number, lastFlags: number, day: number, remaining: number, flags: number): boolean {
  const projected = lastRemaining - (lastFlags & COUNTING ? day - lastDay : 0);
  return lastFlags !== flags || projected !== remaining;
}

/** Shared by every simulation (one runs at a time, start to finish): a big plan's points cost no array growth. */
let scratch = new Float64Array(4 * 1024);

/**
 * The histories of all the keys of one simulation, recorded in day order into one buffer and
 * handed out at the end, each in an array of exactly its size.
 */
export function createKeyHistories(keyCount: number) {
  /** Per point: key index, day, remaining, flags. */
  let n = 0;
  const counts = new Int32Array(keyCount);
  /** Offset in `scratch` of each key's last point, or -1. */
  const last = new Int32Array(keyCount).fill(-1);
  return {
    record(key: number, day: number, remaining: number, flags: number): void {
      const at = last[key]!;
      if (at >= 0 && !isNewPoint(scratch[at + 1]!, scratch[at + 2]!, scratch[at + 3]!, day, remaining, flags)) return;
      if (n + 4 > scratch.length) {
        const grown = new Float64Array(scratch.length * 2);
        grown.set(scratch.subarray(0, n));
        scratch = grown;
      }
      scratch[n] = key;
      scratch[n + 1] = day;
      scratch[n + 2] = remaining;
      scratch[n + 3] = flags;
      last[key] = n;
      counts[key]!++;
      n += 4;
    },
    /** Each key's [day, remaining, flags] triples, in day order. */
    finish(): KeyHistory[] {
      const histories: number[][] = [];
      for (let k = 0; k < keyCount; k++) histories.push(new Array<number>(counts[k]! * 3));
      const filled = new Int32Array(keyCount);
      for (let i = 0; i < n; i += 4) {
        const k = scratch[i]!;
        const h = histories[k]!;
        const o = filled[k]!;
        h[o] = scratch[i + 1]!;
        h[o + 1] = scratch[i + 2]!;
        h[o + 2] = scratch[i + 3]!;
        filled[k] = o + 3;
      }
      return histories;
    },
  };
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
