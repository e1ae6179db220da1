// Legacy shared AnyConnect Premium licensing (AnyConnect 3 and earlier): input and result.
// Times are days from the plan start and may be fractional (0.5 = noon of day 0).
import type { Cite, Issue } from '../../types';

/** A unit out of service (`outages`) or cut off from the license server (`unreachable`). */
export interface SharedOutage {
  unit: string;
  day: number;
  /** Length in days; add `seconds` for sub-day precision. */
  days?: number;
  seconds?: number;
}

/** A failover pair (or a single unit) acting as a shared licensing server. */
export interface SharedServerPair {
  primary: string;
  standby?: string;
}

export interface SharedParticipant {
  id: string;
  /** The standby of a participant failover pair (it takes over the shared sessions). */
  standby?: string;
  /** The model's maximum AnyConnect Premium sessions: local + shared never exceed it. */
  platformLimit: number;
  /** Sessions of the locally installed AnyConnect Premium license, used before shared ones. */
  localSessions: number;
  /** On the server itself a permanent Premium license is not used; a time-based one serves local sessions. */
  localKind?: 'permanent' | 'time-based';
  /** Sessions wanted from `day` on (a step function; 0 before the first step). */
  demand: ReadonlyArray<{ day: number; sessions: number }>;
}

export interface SharedLicensingInput {
  /** Shared sessions on the server's license. */
  pool: number;
  /** 10–300 s, 30 by default. */
  refreshIntervalSeconds?: number;
  /** The day the main server is first launched (the backup's limit starts then); 0 by default. */
  launchDay?: number;
  server: SharedServerPair;
  backup?: SharedServerPair & { registeredDay?: number };
  participants: readonly SharedParticipant[];
  outages?: readonly SharedOutage[];
  unreachable?: readonly SharedOutage[];
  /** Simulated span in days. */
  horizonDays: number;
  /** Shared licenses work in single context mode only. */
  contextMode?: 'single' | 'multiple';
  /** Models, when known, to check that they support shared licensing. */
  models?: Readonly<Record<string, string>>;
}

export type ServerRole = 'main' | 'backup';

export type SharedEventType =
  | 'server-active'
  | 'server-failover'
  | 'backup-takeover'
  | 'main-restored'
  | 'no-server'
  | 'backup-limit-exhausted'
  | 'backup-syslog'
  | 'backup-recharged'
  | 'sessions-granted'
  | 'sessions-released'
  | 'sessions-reclaimed'
  | 'request-waiting'
  | 'participant-unreachable'
  | 'participant-grace-ended'
  | 'participant-reconnected'
  | 'participant-down'
  | 'participant-up'
  | 'participant-failover';

export interface SharedEvent {
  /** Days (fractional) from the plan start. */
  day: number;
  type: SharedEventType;
  unit?: string;
  participant?: string;
  sessions?: number;
  message: string;
  cite: Cite;
}

export interface ParticipantState {
  demand: number;
  local: number;
  /** Shared sessions the participant holds and uses. */
  held: number;
  /** Shared sessions the server counts as lent to it (differs from `held` while they are out of touch). */
  allocated: number;
  /** Sessions in use: existing connections stay up when the license shrinks. */
  served: number;
  unserved: number;
  inContact: boolean;
}

export interface SharedStretch {
  from: number;
  to: number;
  server: { role: ServerRole; unit: string } | null;
  /** The backup's remaining operating limit in days at `from`, and how it changes per day. */
  backupLimitDays: number | null;
  backupLimitRate: -1 | 0 | 1;
  poolFree: number;
  /** More shared sessions in use than the pool holds (the server re-lent sessions a cut-off participant still uses). */
  overcommitted: boolean;
  participants: Record<string, ParticipantState>;
}

export interface SharedLicensingResult {
  events: SharedEvent[];
  stretches: SharedStretch[];
  issues: Issue[];
  refreshIntervalSeconds: number;
}
