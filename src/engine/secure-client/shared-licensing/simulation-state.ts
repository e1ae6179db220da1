// The shared-licensing simulation's inputs as it steps through time (simulate-shared-licensing.ts): the
// participants' and the server's state, outage intervals, and a participant's demand at a moment, in
// seconds from the plan start (000 §"About the Shared Licensing Server and Participants").
import { DAY_SECONDS } from './shared-rules';
import type { ServerRole, SharedOutage, SharedParticipant } from './types';

export const toSeconds = (day: number): number => Math.round(day * DAY_SECONDS);

export type Intervals = ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;

export function intervalsByUnit(outages: readonly SharedOutage[]): Intervals {
  const map = new Map<string, Array<readonly [number, number]>>();
  for (const o of outages) {
    const start = toSeconds(o.day);
    const end = start + toSeconds(o.days ?? 0) + (o.seconds ?? 0);
    if (end > start) map.set(o.unit, [...(map.get(o.unit) ?? []), [start, end]]);
  }
  return map;
}

export const within = (map: Intervals, unit: string, t: number): boolean => (map.get(unit) ?? []).some(([s, e]) => s <= t && t < e);

export interface Participant {
  spec: SharedParticipant;
  units: string[];
  local: number;
  steps: Array<{ at: number; sessions: number }>;
  activeUnit: string | null;
  inContact: boolean;
  everInContact: boolean;
  lostAt: number | null;
  held: number;
  allocated: number;
  served: number;
  waitingSince: number | null;
}

export interface Server {
  role: ServerRole;
  unit: string;
}

export function demandAt(p: Participant, t: number): number {
  let value = 0;
  for (const s of p.steps) {
    if (s.at > t) break;
    value = s.sessions;
  }
  return value;
}
