// Expiry: the keys whose time ran out on the step's day expire (in install order), then, per
// feature, the next installed key activates or the permanent license returns (rules/expiry-fallback.ts).
import type { FeatureId } from '../types';
import type { TimelineEvent } from '../result';
import { activeKeyFor } from '../rules/key-activation';
import { EXPIRATION_CITE, expiredWords, fallbackOnExpiry, successorOnExpiry } from '../rules/expiry-fallback';
import { activate } from './handle-activation';
import type { ScratchList } from './scratch-list';
import type { SimState } from './sim-state';
import type { SimKey } from './sim-types';

const byLiveSeq = (k: SimKey): number => k.liveSeq;

/** Expires the keys due (s.due), adding them to `expired`. */
export function expireDue(s: SimState, day: number, expired: ScratchList<SimKey>): void {
  const { due } = s;
  if (due.size === 0) return;
  due.sortBy(byLiveSeq);
  for (let i = 0; i < due.size; i++) {
    const k = due.get(i);
    s.setActive(k, false);
    s.removeLive(k, day);
    expired.push(k);
    const expiry: TimelineEvent = { day, date: s.dateOf(day), type: 'expired', unit: k.unit, key: k.id, message: expiredWords(k.id), cite: EXPIRATION_CITE };
    s.record.expiry(expiry);
  }
  due.clear();
}

/** 000 §"Time-Based License Expiration": the next installed key for the feature activates, else the permanent license is used. */
export function replaceExpired(s: SimState, expired: ScratchList<SimKey>, day: number): void {
  for (let i = 0; i < expired.size; i++) {
    const k = expired.get(i);
    const unit = s.units[k.unitIndex]!;
    for (const f of k.featureIds) {
      if (activeKeyFor(unit.activeKeys, f)) continue;
      const next = successorOnExpiry(unit.liveKeys, unit.activeKeys, f);
      if (next && activate(s, next, day, 'auto-activated', null)) continue;
      const fallback = fallbackOnExpiry(f as FeatureId);
      s.record.emit({ day, date: s.dateOf(day), type: 'fallback-to-permanent', unit: unit.id, key: k.id, feature: f as FeatureId, message: fallback.message, cite: fallback.cite });
    }
  }
}
