// At start, puts back into localStorage what the IndexedDB mirror has and localStorage lost
// (a browser killed before its delayed localStorage write). Never deletes and never goes back:
// a plan record is taken from the mirror only when localStorage has none or an older revision;
// the plan list is the union of both lists (a plan is never dropped from it); a tab's set-aside
// edits and backups are put back only where localStorage has none.
import { INDEX_KEY, parseIndex, type StorageLike } from './storage';
import { peekRevision } from './saved-record';

const PREFIX = 'asa-planner/';
const PLAN = `${PREFIX}plan/`;

function newer(mirror: string, local: string | null): boolean {
  if (local === null) return true;
  const a = peekRevision(mirror);
  const b = peekRevision(local);
  return typeof a === 'number' && (typeof b !== 'number' || a > b);
}

function mergedIndex(mirror: string, local: string | null): string | undefined {
  const parse = (t: string | null) => {
    try {
      return t === null ? undefined : parseIndex(JSON.parse(t));
    } catch {
      return undefined;
    }
  };
  const m = parse(mirror);
  if (m === undefined) return undefined;
  const l = parse(local);
  if (l === undefined) return local === null ? mirror : undefined; // A damaged local list is the loader's to report.
  const ids = new Set(l.plans.map((p) => p.id));
  const missing = m.plans.filter((p) => !ids.has(p.id));
  if (missing.length === 0) return undefined;
  return JSON.stringify({ ...(l.currentId !== undefined ? { currentId: l.currentId } : {}), plans: [...l.plans, ...missing] });
}

/** Returns the keys it put back. */
export function reconcile(local: StorageLike, mirror: ReadonlyMap<string, string>): string[] {
  const restored: string[] = [];
  for (const [key, value] of mirror) {
    if (!key.startsWith(PREFIX)) continue;
    let current: string | null;
    try {
      current = local.getItem(key);
    } catch {
      return restored;
    }
    let next: string | undefined;
    if (key === INDEX_KEY) next = mergedIndex(value, current);
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
