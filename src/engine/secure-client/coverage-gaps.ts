// Where the licenses in force fall short of the demand, or stop covering at all, as merged day ranges.
import type { Plan } from '../plan/schema';
import type { Cite, Issue } from '../types';
import { dateOfDay } from '../dates';
import { faq } from './cite';
import { MOBILE_LEGACY_CUTOFF } from './coverage-stretches';
import { FEATURE_TIERS, isSecureClientFeature } from './feature-tiers';
import type { CoverageGap, CoverageStretch, LicenseWindow, SecureClientDemand, SecureClientTimelineEvent, ShortfallKind } from './types';

const HOW_MANY = faq('How do I determine how many licenses to purchase?');
const IKEV2_CLIENTLESS = faq(
  'How many AnyConnect Plus licenses are needed when standards-based IKEv2 Remote Access VPN access is utilized on the ASA or Apex licenses when access to the ASA is clientless?',
);
const DURING_TERM = faq(
  'Can AnyConnect Plus or Apex licenses be shared between ASA and IOS VPN environments?',
  'Can Cisco Secure Client Plus or Apex licenses be shared between ASA and Cisco IOS VPN environments?',
);
const HONOR = faq('How do the new licenses work with the ASA?');
const VPN_ONLY_LIMITS = faq('Are there any additional limitations of the AnyConnect-only licenses?', 'Are there any additional limitations of the Cisco Secure Client VPN-only licenses?');
const MOBILE = faq('How is the 4.x conversion being handled for the mobile versions of AnyConnect?');
const MIX_PLUS_APEX = faq(
  'Can I mix and match AnyConnect Plus and Apex or is it one or the other. And does Plus and Apex remove need for Shared and Flex licenses?',
  'Can I mix and match Cisco Secure Client Plus and Apex, or is it one or the other. And do Plus and Apex remove the need for Shared and Flex licenses?',
);

interface Shortfall {
  kind: ShortfallKind;
  shortBy: number | null;
  feature?: string;
  note?: string;
  cite: Cite;
}

const hasDemand = (d: SecureClientDemand): boolean => (d.uniqueUsers ?? 0) + d.unattendedDevices > 0 || (d.apexUsers ?? 0) > 0 || (d.peakConcurrent ?? 0) > 0;

// One stretch: which rule the licenses in force break.
function shortfallsOf(s: CoverageStretch, windows: ReadonlyMap<string, LicenseWindow>, demand: SecureClientDemand, plan: Plan, coverageStarted: boolean): Shortfall[] {
  const active = s.licenses.map((id) => windows.get(id)).filter((w): w is LicenseWindow => w !== undefined);
  const userBased = active.some((w) => w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual' || w.type === 'apex-evaluation');
  const vpnOnly = !userBased && active.some((w) => w.type === 'vpn-only');
  const legacy = !userBased && !vpnOnly && s.legacy.length > 0;
  const features = demand.features.filter(isSecureClientFeature);
  const out: Shortfall[] = [];

  if (!userBased && !vpnOnly && !legacy) {
    // 002/003: the license may be used "only … during the purchased term"; the ASA does not enforce it.
    if (hasDemand(demand) || coverageStarted) out.push({ kind: 'no-coverage', shortBy: s.demandUsers, cite: `${DURING_TERM}; ${HONOR}` });
    return out;
  }
  if (userBased) {
    // The evaluation unlocks Plus and Apex without a count: nothing to compare while it runs.
    if (s.evaluation) return out;
    // Plus and Apex count total unique users (§"How do I determine …?"); Plus and Apex mix, Apex
    // users count toward the total (§"Can I mix and match … Plus and Apex …?").
    const needed = Math.max(s.demandUsers ?? 0, s.demandApexUsers ?? 0);
    if (needed > s.totalUsers) out.push({ kind: 'users-short', shortBy: needed - s.totalUsers, cite: `${HOW_MANY}; ${IKEV2_CLIENTLESS}; ${MIX_PLUS_APEX}` });
    if ((s.demandApexUsers ?? 0) > s.apexUsers) out.push({ kind: 'apex-users-short', shortBy: (s.demandApexUsers ?? 0) - s.apexUsers, cite: `${IKEV2_CLIENTLESS}; ${HOW_MANY}` });
    if (s.apexUsers === 0 && !((s.demandApexUsers ?? 0) > 0)) {
      for (const f of features)
        if (FEATURE_TIERS[f].needs === 'apex') out.push({ kind: 'feature-unlicensed', shortBy: null, feature: f, note: 'needs Apex, and no Apex license is in force', cite: FEATURE_TIERS[f].cite });
    }
    return out;
  }
  if (vpnOnly) {
    // VPN Only is "concurrent endpoint based" and per headend: the peak must fit the headends' licenses.
    const peak = demand.peakConcurrent ?? 0;
    if (peak > s.runnablePeers) out.push({ kind: 'sessions-short', shortBy: peak - s.runnablePeers, cite: VPN_ONLY_LIMITS });
    for (const f of features)
      if (!FEATURE_TIERS[f].inVpnOnly) out.push({ kind: 'feature-unlicensed', shortBy: null, feature: f, note: 'is not included in VPN Only licenses', cite: FEATURE_TIERS[f].cite });
    return out;
  }
  if (features.includes('mobile') && dateOfDay(plan.startDate, s.from) >= MOBILE_LEGACY_CUTOFF)
    out.push({
      kind: 'feature-unlicensed',
      shortBy: null,
      feature: 'mobile',
      note: 'needs Plus, Apex or VPN Only since 30 April 2016 (002: "iOS & Android"; 003 reads "Cisco IOS & Android", a rename artefact)',
      cite: MOBILE,
    });
  return out;
}

/** The shortfalls of every stretch inside [0, horizon), merged where they touch and keep their size. */
export function coverageGaps(stretches: readonly CoverageStretch[], windows: readonly LicenseWindow[], demand: SecureClientDemand, plan: Plan): CoverageGap[] {
  const byId = new Map(windows.map((w) => [w.id, w]));
  const horizon = plan.horizonDays;
  const gaps: CoverageGap[] = [];
  const open = new Map<string, CoverageGap>();
  let coverageStarted = false;
  for (const s of stretches) {
    if (s.from >= horizon) break;
    const to = s.to === null || s.to >= horizon ? null : s.to;
    const found = shortfallsOf(s, byId, demand, plan, coverageStarted);
    if (s.licenses.length > 0) coverageStarted = true;
    const seen = new Set<string>();
    for (const f of found) {
      const key = `${f.kind}:${f.feature ?? ''}`;
      seen.add(key);
      const current = open.get(key);
      // A shortfall that changes size starts a new gap, so each message states one figure.
      const sameSize = f.kind === 'no-coverage' || f.kind === 'feature-unlicensed' || current?.shortBy === f.shortBy;
      if (current && current.to === s.from && sameSize) {
        current.to = to;
        if (f.kind === 'no-coverage') current.shortBy = Math.max(current.shortBy ?? 0, f.shortBy ?? 0);
      } else {
        const gap: CoverageGap = {
          kind: f.kind,
          from: s.from,
          to,
          shortBy: f.shortBy,
          ...(f.feature !== undefined ? { feature: f.feature } : {}),
          ...(f.note !== undefined ? { note: f.note } : {}),
          cite: f.cite,
        };
        gaps.push(gap);
        open.set(key, gap);
      }
    }
    for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
  }
  return gaps;
}

const range = (plan: Plan, g: CoverageGap): string =>
  `day ${g.from} (${dateOfDay(plan.startDate, g.from)}) ${g.to === null ? 'to the end of the plan' : `to day ${g.to} (${dateOfDay(plan.startDate, g.to)})`}`;

function inForceList(stretches: readonly CoverageStretch[], windows: readonly LicenseWindow[], from: number, pick: (w: LicenseWindow) => boolean): string {
  const s = stretches.find((x) => x.from === from);
  const listed = (s?.licenses ?? []).map((id) => windows.find((w) => w.id === id)).filter((w): w is LicenseWindow => w !== undefined && pick(w));
  return listed.length === 0 ? 'no license' : listed.map((w) => `${w.path}.users ${w.users ?? 0}`).join(' + ');
}

export function gapIssues(gaps: readonly CoverageGap[], stretches: readonly CoverageStretch[], windows: readonly LicenseWindow[], plan: Plan): Issue[] {
  return gaps.map((g): Issue => {
    const when = range(plan, g);
    const s = stretches.find((x) => x.from === g.from);
    switch (g.kind) {
      case 'no-coverage':
        return {
          severity: 'warning',
          code: 'coverage-gap',
          message: `secureClient.licenses: ${when}: no Plus, Apex or VPN Only license is in force; using Secure Client then is outside the purchased term (the ASA does not stop it: compliance is on the honor system)`,
          path: 'secureClient.licenses',
          day: g.from,
          cite: g.cite,
        };
      case 'users-short':
        return {
          severity: 'warning',
          code: 'users-exceed-license',
          message: `secureClient.demand.uniqueUsers: ${when}: ${s?.demandUsers ?? 0} unique users (unattended devices count as users) exceed the ${s?.totalUsers ?? 0} licensed (${inForceList(stretches, windows, g.from, (w) => w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual')}) by ${g.shortBy ?? 0}`,
          path: 'secureClient.demand.uniqueUsers',
          day: g.from,
          cite: g.cite,
        };
      case 'apex-users-short':
        return {
          severity: 'warning',
          code: 'apex-users-exceed-license',
          message: `secureClient.demand.apexUsers: ${when}: ${s?.demandApexUsers ?? 0} users need Apex but ${s?.apexUsers ?? 0} are licensed (${inForceList(stretches, windows, g.from, (w) => w.type === 'apex')})`,
          path: 'secureClient.demand.apexUsers',
          day: g.from,
          cite: g.cite,
        };
      case 'sessions-short':
        return {
          severity: 'warning',
          code: 'sessions-exceed-vpn-only',
          message: `secureClient.demand.peakConcurrent: ${when}: the peak exceeds the ${s?.runnablePeers ?? 0} concurrent sessions the VPN Only headends can run by ${g.shortBy ?? 0}; VPN Only cannot be bought for bursts`,
          path: 'secureClient.demand.peakConcurrent',
          day: g.from,
          cite: g.cite,
        };
      case 'feature-unlicensed': {
        const label = g.feature !== undefined && isSecureClientFeature(g.feature) ? FEATURE_TIERS[g.feature].label : (g.feature ?? 'A feature');
        return {
          severity: 'warning',
          code: 'feature-unlicensed',
          message: `secureClient.demand.features: ${when}: ${label} ${g.note ?? 'is not licensed'}`,
          path: 'secureClient.demand.features',
          day: g.from,
          cite: g.cite,
        };
      }
    }
  });
}

export function gapEvents(gaps: readonly CoverageGap[]): SecureClientTimelineEvent[] {
  const events: SecureClientTimelineEvent[] = [];
  for (const g of gaps) {
    if (g.kind === 'no-coverage') {
      events.push({ day: g.from, type: 'coverage-gap', message: 'No Secure Client license in force', cite: g.cite });
      if (g.to !== null) events.push({ day: g.to, type: 'coverage-restored', message: 'Secure Client coverage resumes', cite: g.cite });
    } else {
      events.push({
        day: g.from,
        type: 'demand-exceeds-license',
        message: g.kind === 'feature-unlicensed' ? `${g.feature ?? 'A feature'} is not licensed` : `Demand exceeds the license by ${g.shortBy ?? 0}`,
        cite: g.cite,
      });
    }
  }
  return events;
}
