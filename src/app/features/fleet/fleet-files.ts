// The fleet page's files: the renewals CSV (the engine's renewal entries; the shared CSV writer:
// formulas neutralised, control characters stripped), file names, and reading a fleet file.
import { parseFleet, renewalKindLabel, serializeFleet, type Fleet, type FleetRenewal } from '../../../engine/fleet/index';
import { toCsv } from '../../persistence/csv';

export const RENEWALS_CSV_HEADER = ['Date', 'Order by', 'Deployment', 'Site', 'Kind', 'What expires', 'What to order', 'Source'] as const;

export function renewalsCsv(renewals: readonly FleetRenewal[]): string {
  return toCsv([[...RENEWALS_CSV_HEADER], ...renewals.map((r) => [r.date, r.orderByDate, r.planName, r.site, renewalKindLabel(r.kind), `${r.what}: ${r.detail}`, r.order, r.cite])]);
}

const stem = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'fleet';
export const fleetFileName = (name: string): string => `${stem(name)}.fleet.json`;
export const renewalsCsvName = (name: string): string => `${stem(name)}.fleet-renewals.csv`;
export const renewalsIcsName = (name: string): string => `${stem(name)}.fleet-renewals.ics`;

export function fleetText(fleet: Pick<Fleet, 'name' | 'plans'>): string {
  return serializeFleet(fleet);
}

/** A fleet file's text read, or the messages saying why not (JSON syntax, format, the plan and field). */
export function readFleetText(text: string): { ok: true; fleet: Fleet } | { ok: false; messages: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, messages: [`The file is not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const r = parseFleet(json);
  return r.ok ? r : { ok: false, messages: r.issues.map((i) => i.message) };
}
