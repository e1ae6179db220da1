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

interface SegmentLike {
  from: number;
  running: License;
}

function valueOn(segments: readonly SegmentLike[], day: number, feature: FeatureId): FeatureValue {
  const s = segments[lastIndexStartingBy(segments, day, (x) => x.from)];
  return s?.running[feature] ?? 'unsupported';
}

export function subscriptionRenewals(segments: readonly SegmentLike[], secureClient: SecureClientReport | null, terms: readonly SubscriptionTerm[], leadDays: number): Lapse[] {
  const out: Lapse[] = [];
  for (const r of secureClient?.renewals ?? []) {
    out.push({
      feature: 'anyconnect-peers',
      day: r.endDay,
      from: valueOn(segments, r.endDay - 1, 'anyconnect-peers'),
      to: valueOn(segments, r.endDay, 'anyconnect-peers'),
      keys: [r.license],
      timeBasedOnly: false,
      orderByDay: Math.max(0, r.orderByDay),
      subscription: { kind: 'secure-client', license: r.license, pid: r.sku, termMonths: r.termMonths, renewedBy: r.renewedBy, cite: r.cite },
    });
  }
  for (const t of terms) {
    out.push({
      feature: 'throughput',
      day: t.endDay,
      from: valueOn(segments, t.endDay - 1, 'throughput'),
      to: valueOn(segments, t.endDay, 'throughput'),
      keys: [t.unit],
      timeBasedOnly: false,
      orderByDay: Math.max(0, t.endDay - leadDays),
      subscription: { kind: 'asav', license: t.unit, unit: t.unit, pid: t.pid, termMonths: t.termYears * 12, renewedBy: null, cite: t.cite },
    });
  }
  return out.sort((a, b) => a.day - b.day);
}
