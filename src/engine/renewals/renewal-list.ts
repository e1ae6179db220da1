// One list of everything in a plan that runs out, each with the day to order its renewal by: the
// drops that expiring PAK time-based keys cause, Smart subscriptions and evaluation periods, and
// Secure Client terms. Built from the engine's own results (no rule is decided here twice), so the
// app, its print report and the command line show the same list.
import type { Plan } from '../plan/schema';
import { DEFAULT_PURCHASE_LEAD_DAYS, type Lapse } from '../rules/renewal-warnings';
import { FEATURES } from '../catalog/features';
import { dateOfDay } from '../dates';
import type { FeatureValue } from '../types';
import type { RenewalItem } from '../secure-client/types';
import { smartRenewalEntries } from './smart-renewals';
import type { RenewalEntry, RenewalKind, RenewalSource } from './types';

export type { RenewalEntry, RenewalKind, RenewalSource } from './types';

/** The kinds in the order the list's filter offers them, with the words a user would use. */
export const RENEWAL_KINDS: readonly { kind: RenewalKind; label: string; one: string }[] = [
  { kind: 'time-based-key', label: 'Time-based keys', one: 'Time-based key' },
  { kind: 'smart', label: 'Smart licenses', one: 'Smart license' },
  { kind: 'secure-client', label: 'Secure Client', one: 'Secure Client' },
];

/** The kind of one entry ("Time-based key"); `plural` for a group ("Time-based keys"). */
export const renewalKindLabel = (kind: RenewalKind, plural = false): string => {
  const k = RENEWAL_KINDS.find((x) => x.kind === kind);
  return (plural ? k?.label : k?.one) ?? kind;
};

const show = (v: FeatureValue): string => (v === true ? 'Enabled' : v === false ? 'Disabled' : String(v));

/** A drop of the running license when time-based keys expire (000 §"Time-Based License Expiration"). */
function lapseEntry(plan: Plan, l: Lapse): RenewalEntry {
  const label = FEATURES[l.feature].label;
  return {
    id: `time-based-key:${l.feature}:${l.day}`,
    kind: 'time-based-key',
    what: `${label} (${l.keys.join(', ')})`,
    detail: l.timeBasedOnly ? `${show(l.from)} → ${show(l.to)}: it switches off (no permanent license has it)` : `${show(l.from)} → ${show(l.to)}`,
    order: `a new time-based key for ${label}, installed (stacked) before the old one runs out`,
    day: l.day,
    date: dateOfDay(plan.startDate, l.day),
    orderByDay: l.orderByDay,
    orderByDate: dateOfDay(plan.startDate, l.orderByDay),
    renewedBy: null,
    severity: l.timeBasedOnly ? 'warning' : 'info',
    refs: l.keys,
    feature: l.feature,
    cite: '000 §"Stacking Time-Based Licenses"; 000 §"Time-Based License Expiration"',
  };
}

/** A Plus or Apex term (002/003 §"What part do I buy at renewal? …"). */
function secureClientEntry(plan: Plan, r: RenewalItem): RenewalEntry {
  const tier = r.type === 'plus' ? 'Plus' : 'Apex';
  const users = r.recommendedUsers ?? r.users;
  const next = r.renewedBy !== null ? `; the plan renews it with ${r.renewedBy}` : r.gapDays !== null ? `; the next ${tier} license starts ${r.gapDays} days later` : '';
  return {
    id: `secure-client:${r.license}:${r.endDay}`,
    kind: 'secure-client',
    what: `Secure Client ${tier} term ${r.license}`,
    detail: `${r.users.toLocaleString('en-US')} users, ${r.termMonths} months, last day ${r.lastDate}${next}`,
    order: `${r.sku} for ${users.toLocaleString('en-US')} users${r.recommendedUsers !== null ? ' (the demand at the term end)' : ''}; no new key is installed on the ASA at renewal`,
    day: r.endDay,
    date: dateOfDay(plan.startDate, r.endDay),
    orderByDay: r.orderByDay,
    orderByDate: r.orderByDate,
    renewedBy: r.renewedBy,
    severity: r.renewedBy === null ? 'warning' : 'info',
    refs: [r.license],
    cite: r.cite,
  };
}

/**
 * Everything that runs out, soonest first (then by kind and name); one entry per id. PAK lapses are
 * those within the horizon (as the engine reports them); terms and subscriptions are listed with their
 * real end even past the horizon, since they are bought for that long.
 */
export function renewalList(plan: Plan, result: RenewalSource): RenewalEntry[] {
  const leadDays = plan.purchaseLeadDays ?? DEFAULT_PURCHASE_LEAD_DAYS;
  const entries: RenewalEntry[] = [];
  for (const r of result.renewals) {
    // A subscription term's end (Secure Client, ASAv100) is in result.renewals too
    // (rules/subscription-renewals.ts); it is listed below under its own kind, not as a key.
    if ('feature' in r && r.subscription === undefined && r.day <= plan.horizonDays) entries.push(lapseEntry(plan, r));
  }
  for (const r of result.secureClient?.renewals ?? []) entries.push(secureClientEntry(plan, r));
  entries.push(...smartRenewalEntries(plan, result, leadDays));
  // Another part of the engine may list the same term: the first entry of an id stands.
  const byId = new Map<string, RenewalEntry>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
  const order = (k: RenewalKind): number => RENEWAL_KINDS.findIndex((x) => x.kind === k);
  return [...byId.values()].sort((a, b) => a.day - b.day || order(a.kind) - order(b.kind) || a.what.localeCompare(b.what));
}

/** The entries of the given kinds (all when none is given). */
export function renewalsOfKind<T extends RenewalEntry>(entries: readonly T[], kind: RenewalKind | 'all'): T[] {
  return kind === 'all' ? [...entries] : entries.filter((e) => e.kind === kind);
}
