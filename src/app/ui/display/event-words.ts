// Event types in words for the screen's events list and the report (the engine's type names, e.g. "fallback-to-permanent", read
// like code on paper). The "what happens" text beside each stays the engine's own message.
import type { PlanEvent, TimelineEventType } from '../../../engine/index';

export const TIMELINE_EVENT_WORDS: Record<TimelineEventType, string> = {
  installed: 'Key installed',
  'permanent-key': 'New permanent key',
  stacked: 'Key stacked',
  activated: 'Activated',
  'countdown-waiting': 'Waiting to count down',
  'countdown-started': 'Countdown starts',
  deactivated: 'Deactivated',
  replaced: 'Key replaced',
  'activation-blocked': 'Activation blocked',
  expired: 'Key expires',
  'auto-activated': 'Activated automatically',
  'fallback-to-permanent': 'Back to the permanent license',
  'power-off': 'Power off',
  'power-on': 'Power on',
  'link-down': 'Link down',
  'link-restored': 'Link restored',
  'link-down-grace-ended': 'Link-down grace ends',
  'no-call-home': 'No call-home',
  'call-home-restored': 'Call-home restored',
  'out-of-compliance': 'Out of compliance',
  'evaluation-expired': 'Evaluation ends',
  'renewal-due': 'Renewal due',
  'license-started': 'License starts',
  'term-ended': 'Term ends',
  'coverage-gap': 'Coverage gap',
  'coverage-restored': 'Coverage restored',
  'demand-exceeds-license': 'Demand over the license',
  'legacy-replaced': 'Legacy license replaced',
  'shared-license': 'Shared license',
  'requirement-broken': 'Requirement not met',
  'requirement-met': 'Requirement met',
  horizon: 'End of the plan',
};

/** A planned event's type as the events editor names it. */
export const PLAN_EVENT_WORDS: Record<PlanEvent['type'], string> = {
  'power-off': 'Power off a unit',
  deactivate: 'Deactivate a key',
  activate: 'Activate a key',
  'link-down': 'Failover/cluster link down',
  'no-call-home': 'No call-home (Smart)',
  'permanent-key': 'New permanent key',
};

/** Unknown types (a newer engine) show as they are rather than as nothing. */
export const timelineEventWord = (type: string): string => (TIMELINE_EVENT_WORDS as Record<string, string>)[type] ?? type;
export const planEventWord = (type: string): string => (PLAN_EVENT_WORDS as Record<string, string>)[type] ?? type;
