// When a running value drops because a time-based key ran out, and when to order its renewal.
// 000 §"Stacking Time-Based Licenses": "For features that are only available with a time-based
// license, it is especially important that the license not expire before you can apply the new license."
import { FEATURES } from '../catalog/features';
import type { TimelineEvent } from '../result';
import type { FeatureId, FeatureValue, Issue, License } from '../types';
import type { UnitEvent } from '../unit-timeline';
import { rank } from './combine-permanent-and-time-based';

export const RENEWAL_CITE = '000 §"Stacking Time-Based Licenses"; 000 §"Time-Based License Expiration"';
export const DEFAULT_PURCHASE_LEAD_DAYS = 30;

export interface Lapse {
  feature: FeatureId;
  day: number;
  from: FeatureValue;
  to: FeatureValue;
  /** The keys whose expiry on that day caused the drop. */
  keys: string[];
  /** The feature exists only as a time-based license (Botnet Traffic Filter): it switches off. */
  timeBasedOnly: boolean;
  orderByDay: number;
}

interface SegmentLike {
  from: number;
  running: License;
}

/** Every drop of the combined running license that an expiry causes, with its order-by day. */
export function findLapses(segments: readonly SegmentLike[], events: readonly (UnitEvent | TimelineEvent)[], leadDays: number): Lapse[] {
  const expiredOn = new Map<number, string[]>();
  for (const e of events) {
    if (e.type !== 'expired' || !e.key) continue;
    const key = e.unit ? `${e.unit}/${e.key}` : e.key;
    // A list made with its first key: an empty one would reserve room for 17 on the first push.
    const list = expiredOn.get(e.day);
    if (list) list.push(key);
    else expiredOn.set(e.day, [key]);
  }
  const lapses: Lapse[] = [];
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1]!;
    const after = segments[i]!;
    const keys = expiredOn.get(after.from);
    if (!keys) continue;
    for (const key in before.running) {
      const feature = key as FeatureId;
      const from = before.running[feature];
      const to = after.running[feature];
      if (from === undefined || to === undefined || rank(feature, to) >= rank(feature, from)) continue;
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
    const message = `${what} on ${dateOf(l.day)} (day ${l.day}) when ${l.keys.join(', ')} expires; order the renewal by ${dateOf(l.orderByDay)} (${leadDays}-day lead time) and stack it before then`;
    events.push({ day: l.orderByDay, date: dateOf(l.orderByDay), type: 'renewal-due', feature: l.feature, message: `Order by: ${message}`, cite: RENEWAL_CITE });
    if (l.day <= horizonDays) issues.push({ severity: l.timeBasedOnly ? 'warning' : 'info', code: 'renewal-needed', message, feature: l.feature, day: l.day, cite: RENEWAL_CITE });
  }
  return { issues, events };
}
