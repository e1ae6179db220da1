// How a shared countdown reads in the event list, worded from the same state the key table shows
// (KeyStatus.timer), so the two never disagree. 000 §"How Failover or ASA Cluster Licenses Combine":
// "The primary/control unit counts down its license first, and when it expires, the secondary/data
// unit(s) start counting down its license, and so on."
import type { KeyTimer } from '../result';

export const SHARED_COUNTDOWN_CITE = '000 §"How Failover or ASA Cluster Licenses Combine"';

/** A key that another unit's key leads: which one. */
export interface Lead {
  unit: string;
  id: string;
}

/** The words after "Key "x" is active" on the day a key is installed active, by its timer on that day. */
export function activeOnInstallWords(keyId: string, timer: KeyTimer, lead: Lead | null, poweredOff: boolean): string {
  if (timer === 'counting') return `Key "${keyId}" is active; its timer starts`;
  if (timer === 'waiting' && lead) return `Key "${keyId}" is active and waiting: the shared countdown runs on ${lead.unit}'s key "${lead.id}" first; this key starts when that one runs out`;
  if (poweredOff) return `Key "${keyId}" is active; its timer is paused while the unit is powered off`;
  return `Key "${keyId}" is active; its timer is paused`;
}

export function waitingWords(keyId: string, lead: Lead): string {
  return `Key "${keyId}" is waiting: the shared countdown runs on ${lead.unit}'s key "${lead.id}" first; this key starts when that one runs out`;
}

export function startedWords(keyId: string, lead: Lead | null): string {
  return lead ? `Key "${keyId}" stops waiting and starts counting down: ${lead.unit}'s key "${lead.id}" no longer leads the shared countdown` : `Key "${keyId}" stops waiting and starts counting down`;
}
