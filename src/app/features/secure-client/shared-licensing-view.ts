// How the legacy shared-licensing simulation reads on screen: moments of the plan (days that may be
// fractional) as dates and times, the backup's operating limit, and which issues belong to it.
// Presentation only: every figure comes from result.secureClient.shared.
import type { Issue } from '../../../engine/index';
import type { ServerRole, SharedStretch } from '../../../engine/secure-client/index';
import { shortDate } from '../../ui/display/dates';

/** 000's note, shown with the shared-licensing editor and results. */
export const SHARED_NOT_IN_AC4 =
  'The shared license feature is not supported with AnyConnect 4 and later licensing (Plus, Apex, VPN Only): those licenses are shared and need no shared server or participant license.';
export const SHARED_NOT_IN_AC4_CITE = '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"';

const DAY_SECONDS = 86_400;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Whole seconds from the plan start: the simulation counts in seconds, so this undoes its division. */
const toSeconds = (day: number): number => Math.round(day * DAY_SECONDS);

/** "hh:mm" or "hh:mm:ss" for a number of seconds into a day. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return s === 0 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A moment of the plan as its date and, when it falls within a day, its time. */
export interface MomentParts {
  date: string;
  time?: string;
}

export function momentParts(startDate: string, day: number): MomentParts {
  const total = toSeconds(day);
  const whole = Math.floor(total / DAY_SECONDS);
  const rest = total - whole * DAY_SECONDS;
  return rest === 0 ? { date: shortDate(startDate, whole) } : { date: shortDate(startDate, whole), time: clock(rest) };
}

/** The end of a stretch [from, to): the last whole day it covers, or the moment it ends within a day. */
export function untilParts(startDate: string, to: number): MomentParts {
  const total = toSeconds(to);
  return total % DAY_SECONDS === 0 ? { date: shortDate(startDate, total / DAY_SECONDS - 1) } : momentParts(startDate, to);
}

const joined = (m: MomentParts): string => (m.time === undefined ? m.date : `${m.date} ${m.time}`);

/** "10 Feb 2027", or "10 Feb 2027 00:01:30" within a day. */
export const sharedMoment = (startDate: string, day: number): string => joined(momentParts(startDate, day));

/** The end of a stretch as text (see untilParts). */
export const sharedUntil = (startDate: string, to: number): string => joined(untilParts(startDate, to));

/** A length of time in days: "20 days", "1 day", "29 days 23:58:30", "00:01:30" (a line breaks only before the time). */
export function sharedDuration(days: number): string {
  const total = Math.max(0, toSeconds(days));
  const whole = Math.floor(total / DAY_SECONDS);
  const rest = total - whole * DAY_SECONDS;
  const dayPart = `${whole}\u00a0${whole === 1 ? 'day' : 'days'}`;
  if (rest === 0) return dayPart;
  return whole === 0 ? clock(rest) : `${dayPart} ${clock(rest)}`;
}

const ROLE: Record<ServerRole, string> = { main: 'main', backup: 'backup' };

/** "main fw-a", "backup branch-1", or "none" when no server is serving. */
export function serverLabel(server: SharedStretch['server']): string {
  return server === null ? 'none' : `${ROLE[server.role]} ${server.unit}`;
}

const RATE: Record<SharedStretch['backupLimitRate'], string> = { [-1]: 'drains', 0: 'holds', 1: 'recharges' };

/** How the backup's operating limit changes over a stretch, as the engine reports it. */
export const limitTrend = (rate: SharedStretch['backupLimitRate']): string => RATE[rate];

/** The participants in the order the simulation lists them. */
export function participantIds(stretches: readonly SharedStretch[]): string[] {
  const ids: string[] = [];
  for (const s of stretches) for (const id of Object.keys(s.participants)) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** The stretch in force at `day`, if any. */
export const stretchAt = (stretches: readonly SharedStretch[], day: number): SharedStretch | undefined => stretches.find((s) => s.from <= day && day < s.to);

/** The Secure Client issues about the shared network (its field paths, or its codes). */
export function sharedIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.path?.startsWith('secureClient.shared') === true || i.code.startsWith('shared-'));
}
