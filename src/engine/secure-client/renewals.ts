// Renewal planning: what each term needs at its end, and the license events on the timeline.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import { dateOfDay } from '../dates';
import { faq } from './cite';
import { effectiveEnd } from './license-dates';
import { tierNeeds } from './recommend-purchase';
import type { CoverageStretch, LicenseWindow, RenewalItem, SecureClientDemand, SecureClientTimelineEvent } from './types';

const RENEWAL_PART = faq('What part do I buy at renewal? How is the license handled on an ASA?');
const CSCC = faq('Can I purchase/renew AnyConnect Plus or Apex licenses via the Cisco Service Contract Center (CSCC)?');
const NO_NOTICE = faq('Is there any proactive contract renewal notification? How do I check when my contract ends?');
const COUNTS = faq('What are the available authorized (user) counts for the new AnyConnect licenses?');

export const DEFAULT_LEAD_DAYS = 30;

// §"What part do I buy at renewal? …": "Renewals should be handled using the L-AC-PLS-LIC= (AnyConnect
// Plus) and L-AC-APX-LIC= (AnyConnect Apex) SKUs regardless of which SKU the original order was placed under".
export const RENEWAL_SKU = { plus: 'L-AC-PLS-LIC=', apex: 'L-AC-APX-LIC=' } as const;

/** The windows of one tier sorted by start day, for the renewal look-ups. */
function byTier(windows: readonly LicenseWindow[], type: 'plus' | 'apex'): LicenseWindow[] {
  return windows.filter((w) => w.type === type).sort((a, b) => a.startDay - b.startDay);
}

/** Index of the first window starting after `day` (binary search). */
function firstStartingAfter(sorted: readonly LicenseWindow[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.startDay ?? Infinity) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The earliest later license of the tier that starts by the end day and outlasts it. */
function renewerOf(w: LicenseWindow, sorted: readonly LicenseWindow[]): LicenseWindow | undefined {
  const end = w.endDay ?? Infinity;
  for (let i = firstStartingAfter(sorted, w.startDay); i < sorted.length; i += 1) {
    const o = sorted[i]!;
    if (o.startDay > end) return undefined;
    if (o !== w && (effectiveEnd(o) ?? Infinity) > end) return o;
  }
  return undefined;
}

/** Users of the tier still in force on `day` from licenses other than `skip`, read off the stretches. */
function tierUsersOn(day: number, tier: 'plus' | 'apex', stretches: readonly CoverageStretch[], byId: ReadonlyMap<string, LicenseWindow>, skip: ReadonlySet<LicenseWindow>): number {
  let lo = 0;
  let hi = stretches.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((stretches[mid]?.from ?? Infinity) <= day) lo = mid;
    else hi = mid - 1;
  }
  const s = stretches[lo];
  if (!s || s.from > day) return 0;
  return s.licenses.reduce((sum, id) => {
    const o = byId.get(id);
    return o && o.type === tier && !skip.has(o) ? sum + (o.users ?? 0) : sum;
  }, 0);
}

export function renewalItems(windows: readonly LicenseWindow[], stretches: readonly CoverageStretch[], plan: Plan, demand: SecureClientDemand, leadDays: number): RenewalItem[] {
  const items: RenewalItem[] = [];
  const sorted = { plus: byTier(windows, 'plus'), apex: byTier(windows, 'apex') };
  const perpetual = windows.filter((w) => w.type === 'plus-perpetual');
  const byId = new Map(windows.map((w) => [w.id, w]));
  for (const w of windows) {
    if ((w.type !== 'plus' && w.type !== 'apex') || w.endDay === null || w.termMonths === null) continue;
    const tier = w.type;
    const renewer = renewerOf(w, sorted[tier]);
    const next = renewer ? undefined : sorted[tier][firstStartingAfter(sorted[tier], w.endDay)];
    let recommendedUsers: number | null = null;
    if (demand.uniqueUsers !== null || demand.apexUsers !== null || demand.unattendedDevices > 0) {
      const need = tierNeeds(plan, demand, perpetual, w.endDay, w.termMonths);
      // Other licenses of the tier still in force on the end day keep carrying their share.
      const others = tierUsersOn(w.endDay, tier, stretches, byId, new Set([w, ...(renewer ? [renewer] : [])]));
      recommendedUsers = Math.max(0, (tier === 'plus' ? need.plusUsers : need.apexUsers) - others);
    }
    const orderByDay = w.endDay - leadDays;
    items.push({
      license: w.id,
      type: tier,
      users: w.users ?? 0,
      termMonths: w.termMonths,
      endDay: w.endDay,
      lastDate: dateOfDay(plan.startDate, w.endDay - 1),
      orderByDay,
      orderByDate: dateOfDay(plan.startDate, orderByDay),
      sku: RENEWAL_SKU[tier],
      renewedBy: renewer?.id ?? null,
      gapDays: next ? next.startDay - w.endDay : null,
      recommendedUsers,
      cite: `${RENEWAL_PART}; ${CSCC}; ${NO_NOTICE}`,
    });
  }
  return items;
}

// §"Is there any proactive contract renewal notification? …": "Proactive renewal notifications are not
// currently in place. As such, it is your responsibility to keep track of the expiration date."
export function lateRenewalIssues(items: readonly RenewalItem[], windows: readonly LicenseWindow[]): Issue[] {
  return items
    .filter((r) => r.renewedBy === null && r.orderByDay < 0 && r.endDay >= 0)
    .map((r) => {
      const w = windows.find((x) => x.id === r.license);
      return {
        severity: 'warning' as const,
        code: 'renewal-order-late',
        message: `${w?.path ?? r.license}: the term ends on day ${r.endDay}; ordering the renewal ${r.endDay - r.orderByDay} days ahead means by day ${r.orderByDay}, before the plan starts. A banding renewal can be ordered up to 60 days before it starts.`,
        ...(w ? { path: w.path } : {}),
        key: r.license,
        day: r.endDay,
        cite: `${NO_NOTICE}; ${COUNTS}`,
      };
    });
}

const TYPE_NAME: Record<LicenseWindow['type'], string> = {
  plus: 'Plus',
  apex: 'Apex',
  'plus-perpetual': 'Plus Perpetual',
  'vpn-only': 'VPN Only',
  'apex-evaluation': 'Apex evaluation',
  essentials: 'Essentials (retired)',
  premium: 'Premium (retired)',
};

export const licenseName = (w: Pick<LicenseWindow, 'type'>): string => `Secure Client ${TYPE_NAME[w.type]}`;

export function licenseEvents(windows: readonly LicenseWindow[], renewals: readonly RenewalItem[], plan: Plan): SecureClientTimelineEvent[] {
  const events: SecureClientTimelineEvent[] = [];
  const inPlan = (day: number): boolean => day >= 0 && day <= plan.horizonDays;
  const unitOf = (w: LicenseWindow): { unit?: string } => (w.unit !== null ? { unit: w.unit } : {});
  for (const w of windows) {
    const size = w.users !== null ? `${w.users} users` : w.sessions !== null ? `${w.sessions} sessions` : '';
    if (inPlan(w.startDay))
      events.push({
        day: w.startDay,
        type: 'license-started',
        key: w.id,
        ...unitOf(w),
        message: `${licenseName(w)}${size ? ` (${size})` : ''} starts${w.startBasis === 'day-after-ship' ? ' (the day after shipping)' : ''}`,
        cite: w.cite,
      });
    if (w.endDay !== null && inPlan(w.endDay)) {
      const type = w.kind === 'evaluation' ? 'evaluation-expired' : w.kind === 'legacy' ? 'expired' : 'term-ended';
      events.push({
        day: w.endDay,
        type,
        key: w.id,
        ...unitOf(w),
        message: `${licenseName(w)} ${w.kind === 'term' ? `${w.termMonths ?? 0}-month term ends` : 'ends'} (last day ${w.lastDate ?? ''})`,
        cite: w.cite,
      });
    }
    if (w.replacedOnDay !== null && inPlan(w.replacedOnDay))
      events.push({ day: w.replacedOnDay, type: 'legacy-replaced', key: w.id, ...unitOf(w), message: `${licenseName(w)} is removed when the new license key is installed`, cite: w.cite });
  }
  for (const r of renewals) {
    if (r.renewedBy !== null || !inPlan(r.orderByDay)) continue;
    events.push({
      day: r.orderByDay,
      type: 'renewal-due',
      key: r.license,
      message: `Order the ${r.type === 'plus' ? 'Plus' : 'Apex'} renewal (${r.sku}${r.recommendedUsers !== null ? `, ${r.recommendedUsers} users` : ''}) before the term ends on ${r.lastDate}; no new key is installed on the ASA at renewal`,
      cite: r.cite,
    });
  }
  return events;
}
