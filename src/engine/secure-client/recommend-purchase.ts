// How many Plus and Apex users to buy, for how long, when the demand grows by a yearly rate.
import type { Plan } from '../plan/schema';
import type { Cite, Issue } from '../types';
import { dateOfDay } from '../dates';
import { faq } from './cite';
import { readDemand } from './demand';
import { anniversaryDay, grownDemand, planYearOf } from './demand-growth';
import { addMonthsToDay, BLOCK_TERM_MONTHS, covers, licenseWindows } from './license-dates';
import type { LicenseWindow, SecureClientDemand } from './types';

const COUNTS = faq('What are the available authorized (user) counts for the new AnyConnect licenses?');
const HOW_MANY = faq('How do I determine how many licenses to purchase?');
const MIX_PLUS_APEX = faq(
  'Can I mix and match AnyConnect Plus and Apex or is it one or the other. And does Plus and Apex remove need for Shared and Flex licenses?',
  'Can I mix and match Cisco Secure Client Plus and Apex, or is it one or the other. And do Plus and Apex remove the need for Shared and Flex licenses?',
);

export interface PurchaseOptions {
  /** Yearly growth of the demand in percent (negative shrinks); defaults to the plan's `demand.growthPercentPerYear`, else 0. */
  growthPercentPerYear?: number;
  /** Term length in months: any whole number 1–120 with the banding SKUs. */
  termMonths: number;
  /** First day of the new term; day 0 by default. */
  startDay?: number;
}

export interface DemandYear {
  /** Plan year (0 = from the start date to the first anniversary). */
  year: number;
  fromDay: number;
  users: number;
  apexUsers: number;
}

export interface TierNeeds {
  /** Peak unique users over the term (unattended devices included). */
  totalUsers: number;
  apexUsers: number;
  /** Plus Perpetual users in force at the start, deducted from the Plus need. */
  perpetualPlusUsers: number;
  plusUsers: number;
  years: DemandYear[];
}

export interface PurchaseRecommendation extends TierNeeds {
  termMonths: number;
  growthPercentPerYear: number;
  startDay: number;
  endDay: number;
  startDate: string;
  lastDate: string;
  plus: { users: number; sku: 'L-AC-PLS-LIC=' } | null;
  apex: { users: number; sku: 'L-AC-APX-LIC=' } | null;
  /** The block SKUs exist for 1, 3 and 5 years only; the FAQ prefers the banding ones (002 "should", 003 "must"). */
  blockAlternative: { plus: string; apex: string } | null;
  issues: Issue[];
  cite: Cite;
}

// Plus and Apex are bought for the peak of total unique users over the term (§"How do I determine how
// many licenses to purchase?"); they mix, so Apex users count toward the total and Plus covers the rest
// (§"Can I mix and match … Plus and Apex …?"). The growth is a yearly step on each plan anniversary.
export function tierNeeds(plan: Plan, demand: SecureClientDemand, windows: readonly LicenseWindow[], startDay: number, termMonths: number): TierNeeds {
  const endDay = addMonthsToDay(plan.startDate, startDay, termMonths);
  const first = planYearOf(plan.startDate, startDay);
  const last = planYearOf(plan.startDate, endDay - 1);
  const base = (demand.uniqueUsers ?? 0) + demand.unattendedDevices;
  const years: DemandYear[] = [];
  for (let year = first; year <= last; year += 1) {
    years.push({
      year,
      fromDay: year === first ? startDay : anniversaryDay(plan.startDate, year),
      users: grownDemand(base, demand.growthPercentPerYear, year),
      apexUsers: grownDemand(demand.apexUsers ?? 0, demand.growthPercentPerYear, year),
    });
  }
  const apexUsers = Math.max(0, ...years.map((y) => y.apexUsers));
  const totalUsers = Math.max(apexUsers, ...years.map((y) => y.users));
  const perpetualPlusUsers = windows.filter((w) => w.type === 'plus-perpetual' && covers(w, startDay)).reduce((s, w) => s + (w.users ?? 0), 0);
  return { totalUsers, apexUsers, perpetualPlusUsers, plusUsers: Math.max(0, totalUsers - apexUsers - perpetualPlusUsers), years };
}

export function recommendPurchase(plan: Plan, options: PurchaseOptions): PurchaseRecommendation {
  const issues: Issue[] = [];
  let termMonths = options.termMonths;
  if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > 120) {
    issues.push({ severity: 'error', code: 'term-months-invalid', message: `termMonths: ${termMonths} is not a whole number of months from 1 to 120; 12 used`, cite: COUNTS });
    termMonths = 12;
  }
  const demand = readDemand(plan, options.growthPercentPerYear);
  if (demand.uniqueUsers === null && demand.apexUsers === null && demand.unattendedDevices === 0) {
    issues.push({ severity: 'info', code: 'no-demand', message: 'secureClient.demand: no uniqueUsers or apexUsers to size a purchase from', path: 'secureClient.demand', cite: HOW_MANY });
  }
  const startDay = options.startDay ?? 0;
  const endDay = addMonthsToDay(plan.startDate, startDay, termMonths);
  const needs = tierNeeds(plan, demand, licenseWindows(plan).windows, startDay, termMonths);
  const years = termMonths / 12;
  return {
    ...needs,
    termMonths,
    growthPercentPerYear: demand.growthPercentPerYear,
    startDay,
    endDay,
    startDate: dateOfDay(plan.startDate, startDay),
    lastDate: dateOfDay(plan.startDate, endDay - 1),
    plus: needs.plusUsers > 0 ? { users: needs.plusUsers, sku: 'L-AC-PLS-LIC=' } : null,
    apex: needs.apexUsers > 0 ? { users: needs.apexUsers, sku: 'L-AC-APX-LIC=' } : null,
    blockAlternative: BLOCK_TERM_MONTHS.includes(termMonths) ? { plus: `L-AC-PLS-${years}YR-G`, apex: `L-AC-APX-${years}YR-G` } : null,
    issues,
    cite: `${COUNTS}; ${HOW_MANY}; ${MIX_PLUS_APEX}`,
  };
}
