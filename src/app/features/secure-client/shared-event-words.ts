// The shared licensing simulation's event types in words (the engine's ids, e.g.
// "participant-grace-ended", read like code). The "what happens" text beside each stays the
// engine's own message, with its citation.
import type { SharedEventType } from '../../../engine/secure-client/index';

export const SHARED_EVENT_WORDS: Record<SharedEventType, string> = {
  'server-active': 'Server active',
  'server-failover': 'Server fails over',
  'backup-takeover': 'Backup server takes over',
  'main-restored': 'Main server back',
  'no-server': 'No server',
  'backup-limit-exhausted': 'Backup limit used up',
  'backup-syslog': 'Backup syslog warning',
  'backup-recharged': 'Backup limit recharged',
  'sessions-granted': 'Sessions granted',
  'sessions-released': 'Sessions released',
  'sessions-reclaimed': 'Sessions reclaimed',
  'request-waiting': 'Request waiting',
  'participant-unreachable': 'Participant loses the server',
  'participant-grace-ended': 'Participant grace ends',
  'participant-reconnected': 'Participant reconnects',
  'participant-down': 'Participant down',
  'participant-up': 'Participant up',
  'participant-failover': 'Participant fails over',
};

/** Unknown types (a newer engine) show as they are rather than as nothing. */
export const sharedEventWord = (type: string): string => (SHARED_EVENT_WORDS as Record<string, string>)[type] ?? type;
