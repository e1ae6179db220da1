// Subscription terms in the top-level renewals (`result.renewals`), beside the keys' lapses: each
// Secure Client Plus/Apex term (002/003 §"What part do I buy at renewal? How is the license handled
// on an ASA?": renew with L-AC-PLS-LIC= / L-AC-APX-LIC=; no proactive renewal notice) and each
// ASAv100 subscription (001 §"ASA Virtual PIDs": 1, 3 or 5 years). `from`/`to` are the combined
// running values just before and on the end day (equal when a later license takes over).
import type { SecureClientReport } from '../secure-client/index';
import type { SubscriptionTerm } from '../smart/asav-subscription';
import type { FeatureId, FeatureValue, License } from '../types';
import { lastIndexStartingBy } from '../unit-timeline';
import type { Lapse } from './renewal-warnings';
import type { SubscriptionEnd } from './lapse';

interface SegmentLike {
  from: number;
  running: License;
}

function valueOn(segments: readonly SegmentLike[], day: number, feature: FeatureId): FeatureValue {
  const s = segments[lastIndexStartingBy(segments, day, (x) => x.from)];
  return s?.running[feature] ?? 'unsupported';
}

/** A term that ends on `day`: the combined running value of `feature` just before and on that day. */
function termEnd(segments: readonly SegmentLike[], feature: FeatureId, day: number, key: string, orderByDay: number, subscription: SubscriptionEnd): Lapse {
  return {
    feature,
    day,
    from: valueOn(segments, day - 1, feature),
    to: valueOn(segments, day, feature),
    keys: [key],
    timeBasedOnly: false,
    orderByDay: Math.max(0, orderByDay),
    subscription,
  };
}

export function subscriptionRenewals(segments: readonly SegmentLike[], secureClient: SecureClientReport | null, terms: readonly SubscriptionTerm[], leadDays: number): Lapse[] {
  const out: Lapse[] = [];
  for (const r of secureClient?.renewals ?? []) {
    const subscription = { kind: 'secure-client', license: r.license, pid: r.sku, termMonths: r.termMonths, renewedBy: r.renewedBy, cite: r.cite } as const;
    out.push(termEnd(segments, 'anyconnect-peers', r.endDay, r.license, r.orderByDay, subscription));
  }
  for (const t of terms) {
    const subscription = { kind: 'asav', license: t.unit, unit: t.unit, pid: t.pid, termMonths: t.termYears * 12, renewedBy: null, cite: t.cite } as const;
    out.push(termEnd(segments, 'throughput', t.endDay, t.unit, t.endDay - leadDays, subscription));
  }
  return out.sort((a, b) => a.day - b.day);
}
