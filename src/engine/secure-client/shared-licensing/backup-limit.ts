// The backup server's operating limit: a balance of days that drains while it serves and recharges
// while it waits as an inactive backup, between 0 and 30 days.
// 000 §"About the Shared Licensing Backup Server": "if the main server is down for 20 days, with the
// backup server active during that time, then the backup server will only have a 10-day limit left
// over. The backup server 'recharges' up to the maximum 30 days after 20 more days as an inactive backup."
import { BACKUP_INITIAL_DAYS, BACKUP_MAX_DAYS, DAY_SECONDS } from './shared-rules';

export const BACKUP_INITIAL_SECONDS = BACKUP_INITIAL_DAYS * DAY_SECONDS;
export const BACKUP_MAX_SECONDS = BACKUP_MAX_DAYS * DAY_SECONDS;

export type LimitRate = -1 | 0 | 1;

/**
 * Drains while serving; recharges only while the main server is up and the backup is up and idle
 * (000 says it increments "when the main server comes back up"; a powered-off backup is assumed to hold).
 */
export function backupLimitRate(serving: boolean, mainUp: boolean, backupUp: boolean, balanceSeconds: number): LimitRate {
  if (serving) return -1;
  if (mainUp && backupUp && balanceSeconds < BACKUP_MAX_SECONDS) return 1;
  return 0;
}

export function advanceBackupLimit(balanceSeconds: number, rate: LimitRate, elapsedSeconds: number): number {
  return Math.min(BACKUP_MAX_SECONDS, Math.max(0, balanceSeconds + rate * elapsedSeconds));
}

/** When the balance next hits 0 (serving) or 30 days (recharging), from `now`; null when it holds. */
export function backupLimitDeadline(balanceSeconds: number, rate: LimitRate, now: number): number | null {
  if (rate === -1) return now + balanceSeconds;
  if (rate === 1) return now + (BACKUP_MAX_SECONDS - balanceSeconds);
  return null;
}
