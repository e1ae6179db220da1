// Work the page does not need to show anything (registering the service worker, which then
// downloads the whole app for offline use) waits until the page has shown what it opened on: on a
// first visit, that download competed with the app's own chunks and its first renders (issue 25: a
// 2,000-key plan from a link took twice as long to show in a fresh browser).
import { whenFirstPaintAndEngine } from '../engine-loader/use-after-first-paint';

/** Idle periods in a row, each with at least QUIET_MS free, that make the page settled. */
const QUIET_PERIODS = 2;
const QUIET_MS = 40;

/**
 * Calls `go` once the app has painted its first view with the engine loaded and then the main
 * thread has been idle for QUIET_PERIODS idle periods in a row (so after the renders that view
 * starts), or after `maxWaitMs` whatever happens (a tab that never paints, a browser without
 * requestIdleCallback takes the fallback below).
 */
export function whenPageSettled(go: () => void, maxWaitMs = 10_000): void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    go();
  };
  setTimeout(finish, maxWaitMs);
  whenFirstPaintAndEngine(() => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(finish, 1000);
      return;
    }
    let quiet = 0;
    const check = (deadline: IdleDeadline) => {
      if (done) return;
      quiet = !deadline.didTimeout && deadline.timeRemaining() >= QUIET_MS ? quiet + 1 : 0;
      if (quiet >= QUIET_PERIODS) finish();
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}
