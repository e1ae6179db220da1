// The Secure Client (AnyConnect) part of a plan: license windows, coverage over time, the rules, renewals.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import { faq } from './cite';
import { essentialsOverridesPremium, legacyNoLongerSold, replaceLegacyLicenses, vpnOnlyWithPlusApex } from './coexistence';
import { coverageGaps, gapEvents, gapIssues } from './coverage-gaps';
import { coverageStretches } from './coverage-stretches';
import { readDemand } from './demand';
import { hardwareCapacity, peakBeyondHardware, unitCapacities, unitsWithoutAnyConnect } from './headend-capacity';
import { countedQuantityIssues, supportContractIssue } from './license-fields';
import { licenseWindows } from './license-dates';
import { DEFAULT_LEAD_DAYS, lateRenewalIssues, licenseEvents, renewalItems } from './renewals';
import { sharedFromPlan } from './shared-licensing/shared-from-plan';
import { sourceNotes } from './source-notes';
import type { CoverageStretch, FleetUnit, SecureClientReport, SecureClientTimelineEvent } from './types';
import { headendsWithoutVpnOnly, resolveVpnOnlyHeadends, vpnOnlyAbovePlatform, vpnOnlyNotAdditive } from './vpn-only-rules';
import { vpnOnlyInMultipleContext } from './vpn-only-multiple-context';

const TRIAL = faq('How do I receive a trial AnyConnect Apex license for my ASA?');
const HOW_MANY = faq('How do I determine how many licenses to purchase?');

export interface AnalyzeSecureClientOptions {
  /** Days before a term end to order its renewal; 30 by default. */
  leadDays?: number;
}

// The trial "unlocks the ASA functions, but does not grant access to the AnyConnect Windows/ Mac OS
// X/Linux software" (002/003 §"How do I receive a trial … Apex license for my ASA?").
function evaluationOnly(stretches: readonly CoverageStretch[], plan: Plan): Issue[] {
  const only = stretches.filter((s) => s.evaluation && s.totalUsers === 0 && s.from < plan.horizonDays);
  const first = only[0];
  if (!first) return [];
  return [
    {
      severity: 'info',
      code: 'evaluation-only',
      message: `secureClient.licenses: from day ${first.from} only the 4-week Apex evaluation is in force; it unlocks the ASA but grants no access to the desktop client software`,
      path: 'secureClient.licenses',
      day: first.from,
      cite: TRIAL,
    },
  ];
}

// Apex users are among the unique users (§"How do I determine how many licenses to purchase?" counts
// all users of any AnyConnect service); more Apex users than unique users means the total is too low.
function apexAboveUnique(plan: Plan): Issue[] {
  const d = plan.secureClient?.demand;
  if (d?.apexUsers === undefined || d.uniqueUsers === undefined || d.apexUsers <= d.uniqueUsers) return [];
  return [
    {
      severity: 'info',
      code: 'apex-users-above-unique',
      message: `secureClient.demand.apexUsers: ${d.apexUsers} exceeds uniqueUsers ${d.uniqueUsers}; Apex users are counted among the unique users, so ${d.apexUsers} is used as the total`,
      path: 'secureClient.demand.apexUsers',
      cite: HOW_MANY,
    },
  ];
}

const EVENT_ORDER: Record<string, number> = {
  'term-ended': 0,
  'evaluation-expired': 0,
  expired: 0,
  'legacy-replaced': 1,
  'license-started': 2,
  'coverage-gap': 3,
  'coverage-restored': 3,
  'demand-exceeds-license': 4,
  'renewal-due': 5,
};

export function analyzeSecureClient(plan: Plan, fleet: FleetUnit[], options: AnalyzeSecureClientOptions = {}): SecureClientReport {
  const leadDays = options.leadDays ?? DEFAULT_LEAD_DAYS;
  const demand = readDemand(plan);
  const issues: Issue[] = [];

  const initial = licenseWindows(plan);
  issues.push(...initial.issues);
  (plan.secureClient?.licenses ?? []).forEach((l, i) => {
    const w = initial.windows[i];
    if (!w) return;
    issues.push(...countedQuantityIssues(w, l));
    const support = supportContractIssue(w, l.support);
    if (support) issues.push(support);
  });
  const headends = resolveVpnOnlyHeadends(initial.windows, fleet, plan);
  issues.push(...headends.issues);
  const legacy = replaceLegacyLicenses(headends.windows);
  issues.push(...legacy.issues);
  const windows = legacy.windows;
  issues.push(
    ...vpnOnlyWithPlusApex(windows),
    ...vpnOnlyNotAdditive(windows),
    ...headendsWithoutVpnOnly(windows, fleet, plan),
    ...vpnOnlyAbovePlatform(windows, fleet),
    ...vpnOnlyInMultipleContext(windows, plan),
    ...essentialsOverridesPremium(windows),
    ...legacyNoLongerSold(windows),
  );

  const stretches = coverageStretches(windows, fleet, plan, demand);
  const gaps = coverageGaps(stretches, windows, demand, plan);
  issues.push(...gapIssues(gaps, stretches, windows, plan), ...evaluationOnly(stretches, plan), ...apexAboveUnique(plan));

  const capacity = hardwareCapacity(fleet, plan);
  const peak = peakBeyondHardware(demand.peakConcurrent ?? undefined, capacity, fleet, plan);
  if (peak) issues.push(peak);
  issues.push(...unitsWithoutAnyConnect(fleet, plan));

  const renewals = renewalItems(windows, stretches, plan, demand, leadDays);
  issues.push(...lateRenewalIssues(renewals, windows));

  const shared = sharedFromPlan(plan, fleet, windows);
  issues.push(...shared.issues);

  const events: SecureClientTimelineEvent[] = [...licenseEvents(windows, renewals, plan), ...gapEvents(gaps)].sort((a, b) => a.day - b.day || (EVENT_ORDER[a.type] ?? 9) - (EVENT_ORDER[b.type] ?? 9));

  return {
    licenses: windows,
    stretches,
    gaps,
    units: unitCapacities(fleet, windows, plan),
    hardwareCapacity: capacity,
    demand,
    renewals,
    issues,
    events,
    notes: sourceNotes(windows, fleet, demand.features),
    ...(shared.result ? { shared: shared.result } : {}),
  };
}
