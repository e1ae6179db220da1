// Saved plans in localStorage: an index of named plans and one record per plan (plan + view +
// revision, see saved-record.ts). Reading is tolerant: an old record is migrated, a damaged one
// is reported and skipped, never thrown, and nothing unreadable is ever deleted or overwritten.
import type { LIMITS, Plan } from '../../engine/index';
import type { ViewState } from '../store/view-state';
import { isNewerRevision, peekRevision, RECORD_VERSION, recordText, restoreRecord } from './saved-record';
import { openSealedRecord } from './sealed-record';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Enumeration (localStorage has it): lets a load find plan records missing from the index. */
  readonly length?: number;
  key?(index: number): string | null;
}

export interface SavedPlanMeta {
  id: string;
  name: string;
  updatedAt: number;
}

export interface SavedPlan {
  plan: Plan;
  view: ViewState;
}

export interface LoadedPlan extends SavedPlan {
  /** The stored revision this plan was read at. */
  revision: number;
  /** What restoring changed (parts dropped), for the user. */
  notes: string[];
}

const PREFIX = 'asa-planner/';
export const INDEX_KEY = `${PREFIX}index`;
const PLAN_PREFIX = `${PREFIX}plan/`;
export const planKey = (id: string) => `${PLAN_PREFIX}${id}`;
/** Edits of a tab that must not overwrite a newer revision, kept until the user chooses (autosave.ts). */
export const UNSAVED_PREFIX = `${PREFIX}unsaved/`;
export const unsavedKey = (id: string) => `${UNSAVED_PREFIX}${id}`;
/** The original of a record that was restored without some of its parts. */
export const backupKey = (id: string) => `${PREFIX}backup/${id}`;

/** Whether this browser's storage holds a plan list or a plan record (false when it cannot be read). */
export function hasSavedPlans(storage: StorageLike | undefined = browserStorageOrUndefined()): boolean {
  if (storage === undefined) return false;
  try {
    const n = storage.length ?? 0;
    for (let i = 0; i < n; i++) {
      const key = storage.key?.(i);
      if (key !== undefined && key !== null && (key === INDEX_KEY || key.startsWith(PLAN_PREFIX))) return true;
    }
    return n > 0 && storage.key === undefined;
  } catch {
    return false;
  }
}

function browserStorageOrUndefined(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Which saved thing a storage key (of a `storage` event) is; null: the whole storage was cleared. */
export function storageKeyKind(key: string | null): { kind: 'cleared' } | { kind: 'index' } | { kind: 'plan'; id: string } | { kind: 'other' } {
  if (key === null) return { kind: 'cleared' };
  if (key === INDEX_KEY) return { kind: 'index' };
  if (key.startsWith(PLAN_PREFIX)) return { kind: 'plan', id: key.slice(PLAN_PREFIX.length) };
  return { kind: 'other' };
}

export interface Index {
  currentId?: string | undefined;
  plans: SavedPlanMeta[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The index as stored, read tolerantly (no zod here: this runs before the engine's chunk loads): a
 * bad `currentId` is dropped; a list with any bad entry (no id, an id over 80 characters) is
 * dropped whole; a bad name or date falls back; other fields are left out.
 */
export function parseIndex(raw: unknown): Index | undefined {
  if (!isRecord(raw)) return undefined;
  const currentId = typeof raw.currentId === 'string' && raw.currentId.length <= 80 ? raw.currentId : undefined;
  let plans: SavedPlanMeta[] = [];
  if (Array.isArray(raw.plans)) {
    const read: SavedPlanMeta[] = [];
    for (const p of raw.plans as unknown[]) {
      if (!isRecord(p) || typeof p.id !== 'string' || p.id.length < 1 || p.id.length > 80) {
        read.length = 0;
        break;
      }
      const name = typeof p.name === 'string' && p.name.length <= 200 ? p.name : 'Untitled plan';
      const updatedAt = typeof p.updatedAt === 'number' && Number.isFinite(p.updatedAt) ? p.updatedAt : 0;
      read.push({ id: p.id, name, updatedAt });
    }
    plans = read;
  }
  return currentId === undefined ? { plans } : { currentId, plans };
}

export function readJson(storage: StorageLike, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readIndex(storage: StorageLike): Index {
  return parseIndex(readJson(storage, INDEX_KEY) ?? {}) ?? { plans: [] };
}

export function writeIndex(storage: StorageLike, index: Index): void {
  storage.setItem(INDEX_KEY, JSON.stringify(index));
}

/** The saved plans as listed now (another tab may have changed the list). */
export function readSavedPlanList(storage: StorageLike): SavedPlanMeta[] {
  return readIndex(storage).plans;
}

export function newPlanId(now: number = Date.now()): string {
  return `p-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `name (suffix)`, cut so it stays a valid plan name. */
const MAX_NAME_LENGTH: (typeof LIMITS)['maxNameLength'] = 200;

export function copyName(name: string, suffix: string): string {
  const tail = ` (${suffix})`;
  return `${name.slice(0, MAX_NAME_LENGTH - tail.length)}${tail}`;
}

export function loadSavedPlan(storage: StorageLike, id: string): LoadedPlan | { error: string[] } {
  let text: string | null;
  try {
    text = storage.getItem(planKey(id));
  } catch (err) {
    return { error: [`This browser’s storage could not be read: ${err instanceof Error ? err.message : String(err)}`] };
  }
  if (text === null) return { error: ['The saved plan is missing from this browser’s storage.'] };
  const sealed = openSealedRecord(text, RECORD_VERSION);
  if (sealed !== undefined) return { ...sealed, notes: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: ['The saved record is damaged (it is not JSON); it is kept unchanged.'] };
  }
  const restored = restoreRecord(raw);
  if (!restored.ok) return { error: restored.messages };
  const { plan, view, revision } = restored.record;
  const notes: string[] = [];
  if (restored.dropped.length > 0) {
    let kept = false;
    try {
      if (storage.getItem(backupKey(id)) === null) storage.setItem(backupKey(id), text);
      kept = true;
    } catch {
      // Storage full: the note says the original could not be kept.
    }
    const original = kept ? `the original is kept in this browser’s storage as “${backupKey(id)}”` : 'the original could not be kept: the storage is full';
    notes.push(`Saved plan “${plan.name}” was restored without parts that could not be placed (${original}):`, ...restored.dropped);
  }
  return { plan, view, revision, notes };
}

function updateIndex(storage: StorageLike, id: string, name: string, now: number): SavedPlanMeta[] {
  const index = readIndex(storage);
  const meta: SavedPlanMeta = { id, name, updatedAt: now };
  const plans = index.plans.some((p) => p.id === id) ? index.plans.map((p) => (p.id === id ? meta : p)) : [...index.plans, meta];
  writeIndex(storage, { currentId: id, plans });
  return plans;
}

/** Saves one plan and its view unconditionally (a new plan), and records it in the index as the current plan. */
export function savePlan(storage: StorageLike, id: string, saved: SavedPlan, now: number = Date.now()): SavedPlanMeta[] {
  const stored = peekRevision(storage.getItem(planKey(id)));
  storage.setItem(planKey(id), recordText((typeof stored === 'number' ? stored : 0) + 1, saved.plan, saved.view));
  return updateIndex(storage, id, saved.plan.name, now);
}

export type CommitResult = { ok: true; revision: number; plans: SavedPlanMeta[] } | { ok: false; storedRevision: number | 'unversioned' };

/**
 * Saves a plan this tab read at revision `expected`, unless storage holds a newer revision (another
 * tab saved it): then nothing is written. `bump`: the plan changed (a view change keeps the revision).
 * A record without a revision counts as newer once this tab has saved one (an old app version wrote it).
 */
export function commitPlan(storage: StorageLike, id: string, saved: SavedPlan, expected: number, bump: boolean, now: number = Date.now()): CommitResult {
  const current = storage.getItem(planKey(id));
  const stored = peekRevision(current);
  if (isNewerRevision(stored, expected)) return { ok: false, storedRevision: stored };
  const revision = Math.max(expected, typeof stored === 'number' ? stored : 0) + (bump ? 1 : 0);
  const text = recordText(revision, saved.plan, saved.view);
  // The very record already stored (a tab re-saving what it opened, once its engine has loaded) is
  // not written again: localStorage reaches other tabs' processes with a delay, and a rewrite read
  // from a stale copy could put back an older revision over another tab's newer one.
  if (text === current) {
    const index = readIndex(storage);
    if (index.currentId === id && index.plans.some((p) => p.id === id)) return { ok: true, revision, plans: index.plans };
    return { ok: true, revision, plans: updateIndex(storage, id, saved.plan.name, now) };
  }
  storage.setItem(planKey(id), text);
  return { ok: true, revision, plans: updateIndex(storage, id, saved.plan.name, now) };
}

/** The revision stored for a plan now (see peekRevision). */
export function storedRevision(storage: StorageLike, id: string): number | 'unversioned' | undefined {
  return peekRevision(storage.getItem(planKey(id)));
}

export function writeUnsaved(storage: StorageLike, id: string, saved: SavedPlan): void {
  storage.setItem(unsavedKey(id), recordText(0, saved.plan, saved.view));
}

export function clearUnsaved(storage: StorageLike, id: string): void {
  storage.removeItem(unsavedKey(id));
}

export function deleteSavedPlan(storage: StorageLike, id: string): SavedPlanMeta[] {
  storage.removeItem(planKey(id));
  storage.removeItem(unsavedKey(id));
  storage.removeItem(backupKey(id));
  const index = readIndex(storage);
  const plans = index.plans.filter((p) => p.id !== id);
  writeIndex(storage, { ...(index.currentId === id ? {} : { currentId: index.currentId }), plans });
  return plans;
}

/** An in-memory StorageLike for tests and for browsers where localStorage is unavailable. */
export function memoryStorage(): StorageLike & { data: Map<string, string>; readonly length: number; key(index: number): string | null } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
  };
}
