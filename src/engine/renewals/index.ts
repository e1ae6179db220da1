// The one renewal list (everything that runs out, with its order-by date) and its calendar file.
export { RENEWAL_KINDS, renewalKindLabel, renewalList, renewalsOfKind, type RenewalSource } from './renewal-list';
export { renewalListCalendar, type RenewalCalendarOptions } from './renewal-list-calendar';
export type { RenewalEntry, RenewalKind } from './types';
