// The one Renewals list as the app shows it: the engine's renewalList (every key lapse, Smart
// subscription and Secure Client term, with its order-by date), filtered by kind and coloured by the
// as-of day. Nothing is decided here: the entries and their dates are the engine's.
import { RENEWAL_KINDS, renewalList, renewalsOfKind, type Plan, type RenewalSource, type RenewalEntry, type RenewalKind } from '../../../engine/index';
import { fileStem } from './secure-client-files';
import { lapseTone } from './renewals';
import type { KeyTone } from './timeline-data';

export type RenewalFilter = RenewalKind | 'all';

export interface RenewalListRow extends RenewalEntry {
  tone: Exclude<KeyTone, 'inactive'>;
}

/** The plan's renewals (all kinds), soonest first, coloured for the as-of day. */
export function renewalListRows(plan: Plan, result: RenewalSource, asOfDay: number): RenewalListRow[] {
  return withTone(renewalList(plan, result), asOfDay);
}

/** The entries coloured for the as-of day: ok, near once the order-by day has come, expired once run out. */
export const withTone = (entries: readonly RenewalEntry[], asOfDay: number): RenewalListRow[] => entries.map((e) => ({ ...e, tone: lapseTone(e, asOfDay) }));

export const filterRenewals = <T extends RenewalEntry>(rows: readonly T[], filter: RenewalFilter): T[] => renewalsOfKind(rows, filter);

/** The filter's choices with how many entries each holds ("Secure Client (2)"); kinds with none are still offered. */
export function filterOptions(rows: readonly RenewalEntry[]): { value: RenewalFilter; label: string }[] {
  return [{ value: 'all', label: `All kinds (${rows.length})` }, ...RENEWAL_KINDS.map(({ kind, label }) => ({ value: kind, label: `${label} (${rows.filter((r) => r.kind === kind).length})` }))];
}

/** "hq-edge.renewals.ics", "hq-edge.secure-client-renewals.ics" for one kind. */
export const renewalsFileName = (planName: string, filter: RenewalFilter): string => `${fileStem(planName)}.${filter === 'all' ? '' : `${filter}-`}renewals.ics`;
