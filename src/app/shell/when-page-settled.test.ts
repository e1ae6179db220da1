import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The app's first paint with the engine loaded, played by the test.
let painted: (() => void) | undefined;
vi.mock('../engine-loader/use-after-first-paint', () => ({ whenFirstPaintAndEngine: (listener: () => void) => (painted = listener) }));

const { whenPageSettled } = await import('./when-page-settled');

type Idle = (deadline: { didTimeout: boolean; timeRemaining: () => number }) => void;
let idle: Idle[] = [];
/** One idle period of `free` ms for every callback waiting. */
const idlePeriod = (free: number) => {
  const waiting = idle;
  idle = [];
  for (const cb of waiting) cb({ didTimeout: false, timeRemaining: () => free });
};

beforeEach(() => {
  vi.useFakeTimers();
  painted = undefined;
  idle = [];
  vi.stubGlobal('requestIdleCallback', (cb: Idle) => idle.push(cb));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenPageSettled (the service worker registers once the page has shown what it opened on)', () => {
  it('waits for the first paint with the engine, then for two quiet idle periods in a row', () => {
    const go = vi.fn();
    whenPageSettled(go);
    idlePeriod(50);
    expect(go).not.toHaveBeenCalled(); // no idle callback is asked for before the first paint
    painted!();
    idlePeriod(50);
    expect(go).not.toHaveBeenCalled();
    idlePeriod(8); // a busy frame (the results rendering) starts the count again
    idlePeriod(50);
    expect(go).not.toHaveBeenCalled();
    idlePeriod(49);
    expect(go).toHaveBeenCalledTimes(1);
    idlePeriod(50);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('goes after maxWaitMs when the page never settles, once', () => {
    const go = vi.fn();
    whenPageSettled(go, 10_000);
    vi.advanceTimersByTime(9_999);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(go).toHaveBeenCalledTimes(1);
    painted!();
    idlePeriod(50);
    idlePeriod(50);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('without requestIdleCallback (Safari), goes a second after the first paint', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const go = vi.fn();
    whenPageSettled(go);
    painted!();
    vi.advanceTimersByTime(999);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(go).toHaveBeenCalledTimes(1);
  });
});
