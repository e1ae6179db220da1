// When a running value drops because a time-based key ran out, and when to order its renewal.
// 000 §"Stacking Time-Based Licenses": "For features that are only available with a time-based
// license, it is especially important that the license not expire before you can apply the new license."
import { FEATURES } from '../catalog/features';
import type { TimelineEvent } from '../timeline-event';
import type { FeatureId, FeatureValue, Issue, License } from '../types';
import type { Lapse } from './lapse';
import { lastIndexStartingBy, type UnitEvent } from '../unit-timeline';
import { rank } from './combine-permanent-and-time-based';
import { renewalAdvice } from './lapse-causes';

export const RENEWAL_CITE = '000 §"Stacking Time-Based Licenses"; 000 §"Time-Based License Expiration"';
export const DEFAULT_PURCHASE_LEAD_DAYS = 30;

export type { Lapse, SubscriptionEnd } from './lapse';

interface SegmentLike {
  from: number;
  running: License;
}

/** The index of the segment that starts on `day`, or -1 (segments are in day order). */
function segmentStartingOn(segments: readonly SegmentLike[], day: number): number {
  const i = lastIndexStartingBy(segments, day, (s) => s.from);
  return segments[i]?.from === day ? i : -1;
}

/** Every drop of the combined running license that an expiry causes, with its order-by day. */
export function findLapses(segments: readonly SegmentLike[], events: readonly (UnitEvent | TimelineEvent)[], leadDays: number): Lapse[] {
  // The keys that expire as segment i starts. Only a change of segment can be a drop, so an expiry
  // on any other day is passed over.
  const expiredAt: (string[] | undefined)[] = new Array(segments.length);
  for (const e of events) {
    if (e.type !== 'expired' || !e.key) continue;
    const i = segmentStartingOn(segments, e.day);
    if (i < 1) continue;
    const key = e.unit ? `${e.unit}/${e.key}` : e.key;
    // A list made with its first key: an empty one would reserve room for 17 on the first push.
    const list = expiredAt[i];
    if (list) list.push(key);
    else expiredAt[i] = [key];
  }
  const lapses: Lapse[] = [];
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1]!;
    const after = segments[i]!;
    const keys = expiredAt[i];
    if (!keys) continue;
    for (const key in before.running) {
      const feature = key as FeatureId;
      const from = before.running[feature];
      const to = after.running[feature];
      // Most features keep their value from one segment to the next: no ranking needed.
      if (from === to || from === undefined || to === undefined || rank(feature, to) >= rank(feature, from)) continue;
      lapses.push({ feature, day: after.from, from, to, keys, timeBasedOnly: FEATURES[feature].timeBased === 'time-based-only', orderByDay: Math.max(0, after.from - leadDays) });
    }
  }
  return lapses;
}

const show = (v: FeatureValue): string => (v === true ? 'enabled' : v === false ? 'disabled' : String(v));

export function lapseIssuesAndEvents(lapses: readonly Lapse[], horizonDays: number, leadDays: number, dateOf: (day: number) => string): { issues: Issue[]; events: TimelineEvent[] } {
  const issues: Issue[] = [];
  const events: TimelineEvent[] = [];
  for (const l of lapses) {
    const label = FEATURES[l.feature].label;
    const what = l.timeBasedOnly ? `${label} (time-based only) switches off` : `${label} drops from ${show(l.from)} to ${show(l.to)}`;
    const message = `${what} on ${dateOf(l.day)} (day ${l.day}) when ${l.keys.join(', ')} expires; ${l.evaluation ? 'order a paid key' : 'order the renewal'} by ${dateOf(l.orderByDay)} (${leadDays}-day lead time) and ${renewalAdvice(l)}`;
    events.push({ day: l.orderByDay, date: dateOf(l.orderByDay), type: 'renewal-due', feature: l.feature, message: `Order by: ${message}`, cite: RENEWAL_CITE });
    if (l.day <= horizonDays) issues.push({ severity: l.timeBasedOnly ? 'warning' : 'info', code: 'renewal-needed', message, feature: l.feature, day: l.day, cite: RENEWAL_CITE });
  }
  return { issues, events };
}
