// When each Secure Client license covers: its first day and its (exclusive) end day.
import type { Plan, SecureClientLicense } from '../plan/schema';
import type { Issue } from '../types';
import { dateOfDay, dayAfterMonths } from '../dates';
import { faq } from './cite';
import { readLicenseExtension } from './proposed-schema';
import type { LicenseKind, LicenseWindow, SecureClientLicenseType } from './types';

const EXPIRATION = faq('How does license expiration work? Does something start counting down once I install a license on my ASA?');
const COUNTS = faq('What are the available authorized (user) counts for the new AnyConnect licenses?');
const PERPETUAL = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);
const TRIAL = faq('How do I receive a trial AnyConnect Apex license for my ASA?');
const TEMPORARY = faq('I purchased Plus/Apex licenses 5 minutes ago and want to make use of it immediately. How can I do so?');
const CUSTOMERS = faq('How do I order AnyConnect licenses for multiple independent customers?');
const EXPANSION = faq('Why does a part expand 99999 times when I buy an AnyConnect Plus perpetual or non-banding AnyConnect Plus or Apex license?');

// 002/003 §"How do I receive a trial … Apex license for my ASA?": "4-week Apex evaluation licenses".
export const EVALUATION_DAYS = 28;
// 002/003 §"What are the available authorized (user) counts …?": "start date (… up to 60 days in the future)".
export const MAX_START_AHEAD_DAYS = 60;
// 002/003 §"Can I buy a perpetual … license?": "in addition to the 1, 3 or 5 year terms" (the block SKUs).
export const BLOCK_TERM_MONTHS: readonly number[] = [12, 36, 60];

export function licenseKind(type: SecureClientLicenseType): LicenseKind {
  switch (type) {
    case 'plus':
    case 'apex':
      return 'term';
    case 'plus-perpetual':
    case 'vpn-only':
      return 'perpetual';
    case 'apex-evaluation':
      return 'evaluation';
    case 'essentials':
    case 'premium':
      return 'legacy';
  }
}

/** The day `months` calendar months after `day` (date-fns clamps 31 January + 1 month to 28/29 February). */
export function addMonthsToDay(startDate: string, day: number, months: number): number {
  return dayAfterMonths(startDate, day, months);
}

/** The part number, in 003's spelling (002 misprints "LAC-PLS-xYR-G", "L-ACAPX-LIC=", "L-AC-PLSG"). */
function skuOf(l: SecureClientLicense, ordering: 'banding' | 'block'): string | null {
  const years = l.termMonths !== undefined && BLOCK_TERM_MONTHS.includes(l.termMonths) ? String(l.termMonths / 12) : 'x';
  switch (l.type) {
    // 002/003 §"What are the available authorized (user) counts …?": banding L-AC-PLS-LIC= / L-AC-APX-LIC=, block L-AC-PLS-xYR-G / L-AC-APX-xYR-G.
    case 'plus':
      return ordering === 'block' ? `L-AC-PLS-${years}YR-G` : 'L-AC-PLS-LIC=';
    case 'apex':
      return ordering === 'block' ? `L-AC-APX-${years}YR-G` : 'L-AC-APX-LIC=';
    // 002/003 §"How do I order AnyConnect licenses for multiple independent customers?"
    case 'plus-perpetual':
      return 'L-AC-PLS-P-G';
    // 002/003 §"Why does a part expand 99999 times …?": "the VPN Only SKUs (L-AC-VPNO-xxxx=)"; the size fills xxxx.
    case 'vpn-only':
      return l.sessions !== undefined ? `L-AC-VPNO-${l.sessions}=` : 'L-AC-VPNO-xxxx=';
    default:
      return null;
  }
}

interface StartOfCoverage {
  day: number;
  basis: LicenseWindow['startBasis'];
}

// 002/003 §"How does license expiration work? …": "The contract is set to become active one day
// after ship … if an order ships on October 25th 2014, service start date is October 26th."
// With shipDay given, startDay 0 (the schema's default) reads as "not given".
function startOfCoverage(l: SecureClientLicense, path: string, issues: Issue[]): StartOfCoverage {
  if (l.shipDay === undefined || licenseKind(l.type) === 'evaluation' || licenseKind(l.type) === 'legacy') return { day: l.startDay, basis: 'start-day' };
  const dayAfterShip = l.shipDay + 1;
  if (l.startDay === 0 || l.startDay === dayAfterShip) return { day: dayAfterShip, basis: 'day-after-ship' };
  if (l.startDay < dayAfterShip) {
    issues.push({
      severity: 'warning',
      code: 'start-before-ship',
      message: `${path}.startDay: ${l.startDay} is before the day after shipping (shipDay ${l.shipDay} + 1); the license starts on day ${dayAfterShip}`,
      path: `${path}.startDay`,
      key: l.id,
      cite: EXPIRATION,
    });
    return { day: dayAfterShip, basis: 'day-after-ship' };
  }
  return { day: l.startDay, basis: 'chosen-start' };
}

// 002/003 §"What are the available authorized (user) counts …?": a banding term may start "up to 60 days in the future".
function startTooFarAhead(l: SecureClientLicense, start: number, orderDay: number | undefined, path: string): Issue | null {
  const reference = orderDay ?? l.shipDay;
  if (reference === undefined || start - reference <= MAX_START_AHEAD_DAYS) return null;
  return {
    severity: 'warning',
    code: 'start-too-far-ahead',
    message: `${path}.startDay: the term starts ${start - reference} days after the ${orderDay !== undefined ? 'order' : 'shipping'} day ${reference}; a term can start at most ${MAX_START_AHEAD_DAYS} days in the future`,
    path: `${path}.startDay`,
    key: l.id,
    day: start,
    cite: COUNTS,
  };
}

// Term length: banding orders take any month count ("a specific term length (e.g. 30 months)"),
// block orders 1, 3 or 5 years.
function termLength(l: SecureClientLicense, ordering: 'banding' | 'block', path: string, issues: Issue[]): number | null {
  if (l.termMonths === undefined) {
    issues.push({
      severity: 'error',
      code: 'term-months-missing',
      // The plan format lets termMonths be absent, so the file is read; the license gets no end (no
      // length is assumed) and this error asks for one, naming the field as the app labels it.
      message: `Secure Client license "${l.id}" (${l.type === 'plus' ? 'Plus' : 'Apex'} term): Term is not set. A term license runs for the months bought (1, 3 or 5 years on a block order, any length on a banding order), so set its Term; a perpetual Plus license is the type Plus Perpetual. Until then it has no end date and no renewal. (${path}.termMonths)`,
      path: `${path}.termMonths`,
      key: l.id,
      cite: `${COUNTS}; ${PERPETUAL}`,
    });
    return null;
  }
  if (ordering === 'block' && !BLOCK_TERM_MONTHS.includes(l.termMonths)) {
    issues.push({
      severity: 'error',
      code: 'block-term-length',
      message: `${path}.termMonths: ${l.termMonths} months; block SKUs come in 1, 3 or 5 year terms (12, 36, 60 months); order a banding SKU for any other length`,
      path: `${path}.termMonths`,
      key: l.id,
      cite: `${PERPETUAL}; ${COUNTS}`,
    });
  }
  return l.termMonths;
}

// 002 and 003 both say "4-week Apex evaluation" (28 days) under the trial question and "a one-month
// temporary ASA license" under the "5 minutes ago" question (003 names the same Demo License path
// for both). 28 days by default; termMonths 1 models the one-month reading.
function evaluationEnd(l: SecureClientLicense, start: number, startDate: string, path: string, issues: Issue[]): number {
  if (l.termMonths === 1) return addMonthsToDay(startDate, start, 1);
  if (l.termMonths !== undefined) {
    issues.push({
      severity: 'warning',
      code: 'evaluation-length',
      message: `${path}.termMonths: an Apex evaluation lasts 4 weeks (or one month); ${l.termMonths} months is not offered, ${EVALUATION_DAYS} days used`,
      path: `${path}.termMonths`,
      key: l.id,
      cite: `${TRIAL}; ${TEMPORARY}`,
    });
  }
  return start + EVALUATION_DAYS;
}

export interface WindowsResult {
  windows: LicenseWindow[];
  issues: Issue[];
}

export function licenseWindows(plan: Plan): WindowsResult {
  const issues: Issue[] = [];
  const licenses = plan.secureClient?.licenses ?? [];
  const seen = new Map<string, number>();
  const windows = licenses.map((l, index): LicenseWindow => {
    const path = `secureClient.licenses[${index}]`;
    const previous = seen.get(l.id);
    if (previous !== undefined) {
      issues.push({
        severity: 'error',
        code: 'duplicate-license-id',
        message: `${path}.id: "${l.id}" is already the id of secureClient.licenses[${previous}]; license ids must be unique`,
        path: `${path}.id`,
        key: l.id,
        cite: 'plan-format.md §"Secure Client (AnyConnect) licenses"',
      });
    } else seen.set(l.id, index);

    const ext = readLicenseExtension(l);
    const ordering = ext.ordering ?? 'banding';
    const kind = licenseKind(l.type);
    const start = startOfCoverage(l, path, issues);
    let endDay: number | null = null;
    let termMonths: number | null = null;
    let cite = PERPETUAL;
    if (kind === 'term') {
      const ahead = startTooFarAhead(l, start.day, ext.orderDay, path);
      if (ahead) issues.push(ahead);
      termMonths = termLength(l, ordering, path, issues);
      endDay = termMonths === null ? null : addMonthsToDay(plan.startDate, start.day, termMonths);
      cite = `${COUNTS}; ${EXPIRATION}`;
    } else if (kind === 'evaluation') {
      endDay = evaluationEnd(l, start.day, plan.startDate, path, issues);
      cite = `${TRIAL}; ${TEMPORARY}`;
    } else if (kind === 'legacy') {
      // A time-based legacy Premium key has a length; a permanent one does not.
      termMonths = l.termMonths ?? null;
      endDay = termMonths === null ? null : addMonthsToDay(plan.startDate, start.day, termMonths);
      cite = faq('Can I mix and match AnyConnect Plus, VPN or VPN Only licenses with older Essentials or Premium licenses?');
    } else if (l.termMonths !== undefined) {
      issues.push({
        severity: 'warning',
        code: 'perpetual-term-ignored',
        message: `${path}.termMonths: ${l.type} is perpetual; the ${l.termMonths}-month length is ignored (its SWSS support contract is what runs out)`,
        path: `${path}.termMonths`,
        key: l.id,
        cite: PERPETUAL,
      });
    }
    if (kind === 'term' && ordering === 'block') {
      issues.push({
        severity: 'info',
        code: 'banding-sku-preferred',
        message: `${path}: ordered as a block SKU; 002 says the banding SKUs (L-AC-PLS-LIC=, L-AC-APX-LIC=) "should be used" whenever possible, 003 says they "must be used"`,
        path,
        key: l.id,
        cite: `${COUNTS}; ${EXPANSION}`,
      });
    }
    return {
      id: l.id,
      index,
      path,
      type: l.type,
      kind,
      users: l.users ?? null,
      sessions: l.sessions ?? null,
      unit: l.unit ?? null,
      startDay: start.day,
      endDay,
      startDate: dateOfDay(plan.startDate, start.day),
      lastDate: endDay === null ? null : dateOfDay(plan.startDate, endDay - 1),
      termMonths,
      startBasis: start.basis,
      sku: skuOf(l, ordering),
      replacedOnDay: null,
      cite: l.type === 'plus-perpetual' ? `${PERPETUAL}; ${CUSTOMERS}` : cite,
    };
  });
  return { windows, issues };
}

/** Whether a window covers `day`. */
export const covers = (w: LicenseWindow, day: number): boolean => day >= w.startDay && (w.endDay === null || day < w.endDay) && (w.replacedOnDay === null || day < w.replacedOnDay);

/** The day the window stops covering (the earlier of its end and its replacement), or null. */
export function effectiveEnd(w: LicenseWindow): number | null {
  if (w.replacedOnDay === null) return w.endDay;
  return w.endDay === null ? w.replacedOnDay : Math.min(w.endDay, w.replacedOnDay);
}
