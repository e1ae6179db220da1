// Messages between the fleet page and its worker (fleet.worker.ts). Every job reports progress and
// ends with its result or an error message; the page shows a progress bar meanwhile.
import type { BulkResult, BulkSource, Fleet, FleetEvaluation, FleetRefresh, Plan } from '../../../engine/fleet/index';

export type FleetJob =
  { type: 'import'; sources: BulkSource[]; startDate: string } | { type: 'evaluate'; plans: Plan[]; asOfDate?: string } | { type: 'refresh'; plans: Plan[] } | { type: 'read-fleet'; text: string };

export type FleetJobResult<J extends FleetJob> = J extends { type: 'import' }
  ? BulkResult
  : J extends { type: 'evaluate' }
    ? FleetEvaluation
    : J extends { type: 'read-fleet' }
      ? FleetFileRead
      : FleetRefresh;

/** A fleet file read and validated (fleet-files.ts readFleetText), off the main thread. */
export type FleetFileRead = { ok: true; fleet: Fleet } | { ok: false; messages: string[] };

export type FleetRequest = FleetJob & { id: number };

export type FleetResponse = { id: number; type: 'progress'; done: number; total: number } | { id: number; type: 'done'; result: unknown } | { id: number; type: 'error'; message: string };
