// At start, puts back into localStorage what the IndexedDB mirror has and localStorage lost
// (a browser killed before its delayed localStorage write). Never deletes and never goes back:
// a plan record is taken from the mirror only when localStorage has none or an older revision;
// the plan list is the union of both lists (a plan is never dropped from it); a tab's set-aside
// edits and backups are put back only where localStorage has none.
// Except what the user deleted: a delete writes a tombstone in localStorage at once
// (durable-storage.ts), and a key with a tombstone is not put back, nor its plan in the list, even
// when the page was reloaded before the mirror's delete committed.
import { INDEX_KEY, parseIndex, planKey, type StorageLike } from './storage';
import { peekRevision } from './saved-record';

const PREFIX = 'asa-planner/';
const PLAN = `${PREFIX}plan/`;
const REMOVED = `${PREFIX}removed/`;

/** The localStorage key that says `key` was deleted and its mirror copy may not be gone yet. */
export const tombstoneKey = (key: string): string => `${REMOVED}${key.slice(PREFIX.length)}`;
export const isTombstoneKey = (key: string): boolean => key.startsWith(REMOVED);

function deleted(local: StorageLike, key: string): boolean {
  try {
    return local.getItem(tombstoneKey(key)) !== null;
  } catch {
    return false;
  }
}

function newer(mirror: string, local: string | null): boolean {
  if (local === null) return true;
  const a = peekRevision(mirror);
  const b = peekRevision(local);
  return typeof a === 'number' && (typeof b !== 'number' || a > b);
}

function mergedIndex(mirror: string, local: string | null, isDeleted: (planId: string) => boolean): string | undefined {
  const parse = (t: string | null) => {
    try {
      return t === null ? undefined : parseIndex(JSON.parse(t));
    } catch {
      return undefined;
    }
  };
  const m = parse(mirror);
  if (m === undefined) return undefined;
  const parsed = parse(local);
  if (parsed === undefined && local !== null) return undefined; // A damaged local list is the loader's to report.
  const l = parsed ?? (m.currentId !== undefined && !isDeleted(m.currentId) ? { currentId: m.currentId, plans: [] } : { plans: [] });
  const ids = new Set(l.plans.map((p) => p.id));
  const missing = m.plans.filter((p) => !ids.has(p.id) && !isDeleted(p.id));
  if (missing.length === 0) return undefined;
  return JSON.stringify({ ...(l.currentId !== undefined ? { currentId: l.currentId } : {}), plans: [...l.plans, ...missing] });
}

/** Returns the keys it put back. */
export function reconcile(local: StorageLike, mirror: ReadonlyMap<string, string>): string[] {
  const restored: string[] = [];
  for (const [key, value] of mirror) {
    if (!key.startsWith(PREFIX) || isTombstoneKey(key) || (key !== INDEX_KEY && deleted(local, key))) continue;
    let current: string | null;
    try {
      current = local.getItem(key);
    } catch {
      return restored;
    }
    let next: string | undefined;
    if (key === INDEX_KEY) next = mergedIndex(value, current, (id) => deleted(local, planKey(id)));
    else if (key.startsWith(PLAN)) next = newer(value, current) ? value : undefined;
    else next = current === null ? value : undefined;
    if (next === undefined || next === current) continue;
    try {
      local.setItem(key, next);
      restored.push(key);
    } catch {
      return restored; // Full storage: the mirror keeps it for the next start.
    }
  }
  return restored;
}

/**
 * The tombstones in localStorage, each with whether the mirror still holds its key: those keys are
 * deleted from the mirror again, and every tombstone is dropped once the mirror no longer holds its key.
 */
export function tombstones(local: StorageLike, mirror: ReadonlyMap<string, string>): { tombstone: string; key: string; inMirror: boolean }[] {
  const out: { tombstone: string; key: string; inMirror: boolean }[] = [];
  try {
    const n = local.length ?? 0;
    for (let i = 0; i < n; i++) {
      const t = local.key?.(i);
      if (t === undefined || t === null || !isTombstoneKey(t)) continue;
      const key = `${PREFIX}${t.slice(REMOVED.length)}`;
      out.push({ tombstone: t, key, inMirror: mirror.has(key) });
    }
  } catch {
    // Storage unreadable: nothing to tidy.
  }
  return out;
}
