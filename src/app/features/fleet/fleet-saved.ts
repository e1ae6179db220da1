// Fleets saved in the browser, beside the saved plans and in the same durable storage
// (localStorage, every write mirrored to IndexedDB: ../persistence/durable-storage.ts). A fleet's
// record is its fleet file's JSON (FLEET-FORMAT.md, `asa-license-fleet/1`), read back through
// parseFleet like an opened file; a small meta record beside it (name, plan count, time) lists it
// without reading every fleet. Nothing unreadable is deleted or overwritten; a write that fails
// (storage full, a fleet too large) throws a message saying so, and the page keeps the fleet.
import { FLEET_FORMAT, type Fleet } from '../../../engine/fleet/index';
import type { StorageLike } from '../../persistence/storage';
import { readFleetText } from './fleet-files';

const PREFIX = 'asa-planner/';
const FLEET_PREFIX = `${PREFIX}fleet/`;
const META_PREFIX = `${PREFIX}fleet-meta/`;
export const CURRENT_FLEET_KEY = `${PREFIX}fleet-current`;
export const fleetKey = (id: string) => `${FLEET_PREFIX}${id}`;
const metaKey = (id: string) => `${META_PREFIX}${id}`;

/**
 * The most one fleet may take in the browser, in characters of its JSON. Chromium and Firefox give
 * an origin about 5 million characters of localStorage, which the saved plans share; past this the
 * fleet is kept as a file only (and the page says so) rather than failing half-way.
 */
export const MAX_SAVED_FLEET_CHARS = 3_500_000;

export interface SavedFleetMeta {
  id: string;
  name: string;
  plans: number;
  updatedAt: number;
}

export const newFleetId = (now: number = Date.now()): string => `f-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const mb = (chars: number): string => `${(chars / 1_000_000).toFixed(1)} million characters`;

function readMeta(storage: StorageLike, id: string): SavedFleetMeta | undefined {
  try {
    const raw = JSON.parse(storage.getItem(metaKey(id)) ?? 'null') as Partial<SavedFleetMeta> | null;
    if (raw === null || typeof raw !== 'object') return undefined;
    return {
      id,
      name: typeof raw.name === 'string' ? raw.name.slice(0, 200) : 'Untitled fleet',
      plans: typeof raw.plans === 'number' ? raw.plans : 0,
      updatedAt: typeof raw.updatedAt === 'number' ? raw.updatedAt : 0,
    };
  } catch {
    return undefined;
  }
}

/** The saved fleets, most recently saved first. A record without its meta is listed by its name read from the record. */
export function listSavedFleets(storage: StorageLike): SavedFleetMeta[] {
  const out: SavedFleetMeta[] = [];
  try {
    const n = storage.length ?? 0;
    for (let i = 0; i < n; i++) {
      const key = storage.key?.(i);
      if (!key?.startsWith(FLEET_PREFIX)) continue;
      const id = key.slice(FLEET_PREFIX.length);
      const meta = readMeta(storage, id);
      if (meta) out.push(meta);
      else {
        const read = readFleetText(storage.getItem(key) ?? '');
        out.push({ id, name: read.ok ? read.fleet.name : `Damaged saved fleet ${id}`, plans: read.ok ? read.fleet.plans.length : 0, updatedAt: 0 });
      }
    }
  } catch {
    // Storage that cannot be enumerated or read: nothing listed.
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
}

/** Saves the fleet under `id` (its record, then its meta); throws an Error whose message says why it was not saved. */
export function saveFleet(storage: StorageLike, id: string, fleet: Pick<Fleet, 'name' | 'plans'>, now: number = Date.now()): SavedFleetMeta {
  const text = JSON.stringify({ format: FLEET_FORMAT, name: fleet.name, plans: fleet.plans });
  if (text.length > MAX_SAVED_FLEET_CHARS) {
    throw new Error(`the fleet is ${mb(text.length)} of JSON and the browser keeps at most ${mb(MAX_SAVED_FLEET_CHARS)} for one fleet`);
  }
  const meta: SavedFleetMeta = { id, name: fleet.name, plans: fleet.plans.length, updatedAt: now };
  try {
    storage.setItem(fleetKey(id), text);
    storage.setItem(metaKey(id), JSON.stringify({ name: meta.name, plans: meta.plans, updatedAt: now }));
    storage.setItem(CURRENT_FLEET_KEY, id);
  } catch (err) {
    const full = err instanceof DOMException && (err.name === 'QuotaExceededError' || err.code === 22);
    throw new Error(full ? `this browser's storage is full (the fleet needs ${mb(text.length)})` : `this browser's storage refused the write (${err instanceof Error ? err.message : String(err)})`, {
      cause: err,
    });
  }
  return meta;
}

/** When the saved fleet `id` was last written (by any tab); undefined when it is not saved or unreadable. */
export function savedFleetTime(storage: StorageLike, id: string): number | undefined {
  return readMeta(storage, id)?.updatedAt;
}

/** `copyOf`: the name of the other tab's version, kept, when this page's was saved as a copy. */
export type GuardedSave = { meta: SavedFleetMeta; copyOf?: string };

/**
 * Saves the fleet under `id` unless another tab saved that fleet after `basedOn` (the time of the
 * version this page read or last wrote): then this page's fleet is saved as a new fleet named
 * "… (my copy)" and theirs is left as it is. Two tabs on one fleet never overwrite each other.
 * Throws as saveFleet does.
 */
export function saveFleetGuarded(
  storage: StorageLike,
  id: string,
  fleet: Pick<Fleet, 'name' | 'plans'>,
  basedOn: number | undefined,
  now: number = Date.now(),
  nextId: () => string = () => newFleetId(now),
): GuardedSave {
  const theirs = readMeta(storage, id);
  const stored = theirs?.updatedAt;
  if (basedOn === undefined || stored === undefined || stored <= basedOn) return { meta: saveFleet(storage, id, fleet, Math.max(now, (stored ?? 0) + 1)) };
  const name = `${fleet.name} (my copy)`.slice(0, 200);
  return { meta: saveFleet(storage, nextId(), { name, plans: fleet.plans }, now), copyOf: theirs?.name ?? fleet.name };
}

export type LoadedFleet = { ok: true; fleet: Fleet } | { ok: false; messages: string[] };

/** Reads a saved fleet through the fleet format's validation; a damaged one is reported and kept. */
export function loadSavedFleet(storage: StorageLike, id: string): LoadedFleet {
  let text: string | null;
  try {
    text = storage.getItem(fleetKey(id));
  } catch (err) {
    return { ok: false, messages: [`This browser's storage could not be read: ${err instanceof Error ? err.message : String(err)}`] };
  }
  if (text === null) return { ok: false, messages: ['The saved fleet is missing from this browser’s storage.'] };
  const read = readFleetText(text);
  return read.ok ? read : { ok: false, messages: [...read.messages.slice(0, 5), 'The saved record is kept unchanged.'] };
}

export function currentFleetId(storage: StorageLike): string | null {
  try {
    const id = storage.getItem(CURRENT_FLEET_KEY);
    return id !== null && id.length <= 80 && storage.getItem(fleetKey(id)) !== null ? id : null;
  } catch {
    return null;
  }
}

export function setCurrentFleet(storage: StorageLike, id: string | null): void {
  try {
    if (id === null) storage.removeItem(CURRENT_FLEET_KEY);
    else storage.setItem(CURRENT_FLEET_KEY, id);
  } catch {
    // Only which fleet opens first is lost.
  }
}

export function deleteSavedFleet(storage: StorageLike, id: string): void {
  storage.removeItem(fleetKey(id));
  storage.removeItem(metaKey(id));
  if (storage.getItem(CURRENT_FLEET_KEY) === id) storage.removeItem(CURRENT_FLEET_KEY);
}
