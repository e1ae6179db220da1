// The fleet's public entry point for the app (eslint.config.js ENGINE_ENTRY_POINTS): the fleet file
// format, bulk import of many devices' output, the fleet's evaluation, renewals and refresh.
export { bulkImport, type BulkDevice, type BulkResult, type BulkSource } from './bulk-import';
export { fleetCalendar } from './fleet-calendar';
export { evaluateFleet, type FleetEvaluation, type FleetRow } from './fleet-evaluate';
export { FLEET_FORMAT, parseFleet, serializeFleet, type Fleet } from './fleet-format';
export { fleetRefresh, type FleetRefresh } from './fleet-refresh';
export { renewalMonths, type FleetRenewal, type RenewalMonth } from './fleet-renewals';
export { RENEWAL_KINDS, renewalKindLabel } from '../renewals/renewal-list';
export type { Plan } from '../plan/schema';
export { MAX_SITE_LENGTH } from '../plan/schema';
