// The rules of legacy shared AnyConnect Premium licensing, each with its source in 000.
import { s000 } from '../cite';

export const DAY_SECONDS = 86_400;

export const CITE = {
  serverAndParticipants: s000('About the Shared Licensing Server and Participants'),
  communication: s000('Communication Issues Between Participant and Server'),
  backup: s000('About the Shared Licensing Backup Server'),
  failoverServers: s000('Failover and Shared License Servers'),
  failoverParticipants: s000('Failover and Shared License Participants'),
  configureServer: s000('Configure the Shared Licensing Server'),
  faq: s000('Licenses FAQ'),
  models: s000('Model Guidelines'),
  sharedPremium: s000('Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)'),
} as const;

// §"About the Shared Licensing Server and Participants" step 7: "it sends a request to the shared
// licensing server for additional sessions in 50-session increments".
export const SHARE_STEP = 50;

// §"Configure the Shared Licensing Server" step 4: "enter the refresh interval between 10 and 300
// seconds … The default is 30 seconds."
export const REFRESH_MIN_SECONDS = 10;
export const REFRESH_MAX_SECONDS = 300;
export const REFRESH_DEFAULT_SECONDS = 30;

// §"Communication Issues Between Participant and Server": "If a participant fails to send a refresh
// after 3 times the refresh interval, then the server releases the sessions back into the shared
// license pool"; the participant "can continue to use the shared license … for up to 24 hours".
export const MISSED_REFRESHES_BEFORE_RECLAIM = 3;
export const PARTICIPANT_GRACE_SECONDS = 24 * 3600;

// §"About the Shared Licensing Backup Server": "When you first launch the main shared licensing
// server, the backup server can only operate independently for 5 days. The operational limit
// increases day-by-day, until 30 days is reached … if the main server later goes down … the backup
// server operational limit decrements day-by-day"; "Critical-level syslog messages are sent at 15
// days, and again at 30 days."
export const BACKUP_INITIAL_DAYS = 5;
export const BACKUP_MAX_DAYS = 30;
export const BACKUP_SYSLOG_DAYS: readonly number[] = [15, 30];

/**
 * Shared sessions a participant asks to hold: what its demand needs beyond the local license (the
 * shared license "is used only after the sessions from the locally installed license … are used
 * up", 000 §"Licenses FAQ"), rounded up to 50-session steps, never past the platform limit ("The
 * total sessions used by a participant cannot exceed the maximum sessions for the platform model").
 */
export function sharedTarget(demand: number, local: number, platformLimit: number): number {
  const usableLocal = Math.min(local, platformLimit);
  const need = Math.max(0, demand - usableLocal);
  if (need === 0) return 0;
  return Math.min(Math.ceil(need / SHARE_STEP) * SHARE_STEP, Math.max(0, platformLimit - usableLocal));
}

/**
 * Connections in use after a change. Existing connections stay up when the license shrinks ("The
 * participant leaves existing connections established, but cannot accept new connections beyond the
 * license limit", §"Communication Issues Between Participant and Server"); they end as users leave.
 */
export const connectionsInUse = (demand: number, previous: number, capacity: number): number => Math.min(demand, Math.max(previous, capacity));
