// Loss of communication between failover or cluster units: down, its grace's end, restored
// (rules/link-loss.ts). Scheduled only where the units combine their licenses.
import { graceEndedWords, LINK_CITE, linkDownWords, linkRestoredWords, remainingAfterGrace } from '../rules/link-loss';
import type { LinkAction } from './sim-schedule';
import type { SimState } from './sim-state';

export function handleLink(s: SimState, a: LinkAction, day: number): void {
  switch (a.kind) {
    case 'link-down':
      s.link = { start: day, reverted: false };
      s.touchAll();
      s.record.emit({ day, date: s.dateOf(day), type: 'link-down', message: linkDownWords(a.days), cite: LINK_CITE });
      return;
    case 'link-grace-end': {
      if (s.link === null) return;
      s.link.reverted = true;
      for (const k of s.live) {
        if (k.linkPaused > 0) {
          k.remaining = remainingAfterGrace(k.remaining, k.linkPaused);
          k.linkPaused = 0;
        }
      }
      // Keys that were not counting may have lost time: the day's expiry check looks at every live key.
      s.checkAllForExpiry = true;
      s.touchAll();
      s.record.emit({ day, date: s.dateOf(day), type: 'link-down-grace-ended', message: graceEndedWords(), cite: LINK_CITE });
      return;
    }
    case 'link-restored': {
      const wasReverted = s.link?.reverted ?? false;
      s.link = null;
      for (const k of s.live) k.linkPaused = 0;
      s.touchAll();
      s.record.emit({ day, date: s.dateOf(day), type: 'link-restored', message: linkRestoredWords(wasReverted), cite: LINK_CITE });
      return;
    }
  }
}

/**
 * Within a link-down's grace, keys that run but do not count keep the days they would have lost
 * (they come off if the grace ends): called for each stretch of `dt` days the simulation skips.
 */
export function keepTimeWithinGrace(s: SimState, dt: number): void {
  if (s.link === null || s.link.reverted) return;
  for (const k of s.live) if (!k.counting && s.runsNow(k)) k.linkPaused += dt;
}
