// 000 §"Loss of Communication Between Failover or ASA Cluster Units": "If the units lose
// communication for more than 30 days, then each unit reverts to the license installed locally.
// During the 30-day grace period, the combined running license continues to be used by all units."
// Restored within the grace: "the time elapsed is subtracted from the primary/control license".
// Not restored: "time is subtracted from all unit licenses ... The time elapsed includes the 30-day
// grace period." (52-week example: 4 weeks down leaves 38 + 52 weeks; 6 weeks down leaves 36 + 46.)

export const LINK_CITE = '000 §"Loss of Communication Between Failover or ASA Cluster Units"';
/** Units that lose communication for more than this many days revert to their own licenses. */
export const LINK_GRACE_DAYS = 30;

/** The link's state while units cannot talk: since when, and whether the grace has run out. */
export interface LinkState {
  start: number;
  reverted: boolean;
}

/** The day a loss of communication from `day` for `days` days passes its grace, or null if it is restored within it. */
export const graceEndDay = (day: number, days: number): number | null => (days > LINK_GRACE_DAYS ? day + LINK_GRACE_DAYS : null);

/** Past the grace each unit runs on its own license; within it (or with the link up) the combined license runs. */
export const revertedToOwnLicense = (link: LinkState | null): boolean => link !== null && link.reverted;

/**
 * Within the grace, time comes off the primary/control unit only: a key that runs but does not count
 * keeps the days it would have lost (`paused`). When the grace ends they come off after all: what is
 * left of the key then.
 */
export const remainingAfterGrace = (remaining: number, paused: number): number => Math.max(0, remaining - paused);

/** Within the grace (link down, not reverted), numeric keys count on the primary/control unit only; otherwise on every unit. */
export const numericKeyCounts = (link: LinkState | null, onPrimary: boolean): boolean => link === null || onPrimary;

export const linkDownWords = (days: number): string => `Units lose communication for ${days} days; the combined license keeps running and elapsed time comes off the primary/control unit`;

export const graceEndedWords = (): string => `No communication for ${LINK_GRACE_DAYS} days: each unit reverts to its own license, and the elapsed time (grace included) comes off every unit's keys`;

export const linkRestoredWords = (wasReverted: boolean): string =>
  wasReverted
    ? 'Communication restored: the units combine their licenses again'
    : `Communication restored within the ${LINK_GRACE_DAYS}-day grace: the elapsed time came off the primary/control unit only`;
