// Opening the workspace on load: the current plan, the list of saved plans repaired (records the
// index missed are listed again; edits a tab left while in conflict are saved as copies), and what the
// user should be told. Split from storage.ts, whose record and index functions it reads through.
import { openSealedRecord } from './sealed-record';
import { RECORD_VERSION, restoreRecord } from './saved-record';
import {
  copyName,
  loadSavedPlan,
  newPlanId,
  planKey,
  readIndex,
  readJson,
  savePlan,
  storageKeyKind,
  UNSAVED_PREFIX,
  unsavedKey,
  writeIndex,
  type Index,
  type LoadedPlan,
  type SavedPlanMeta,
  type StorageLike,
} from './storage';

/** Plan records in storage that the index does not list (an index write that failed, a damaged index). */
function unlistedRecordIds(storage: StorageLike, listed: Set<string>): string[] {
  const out: string[] = [];
  try {
    const n = storage.length ?? 0;
    for (let i = 0; i < n && out.length < 1000; i++) {
      const key = storage.key?.(i);
      const kind = key === undefined ? undefined : storageKeyKind(key);
      if (kind?.kind === 'plan' && kind.id.length > 0 && kind.id.length <= 80 && !listed.has(kind.id)) out.push(kind.id);
    }
  } catch {
    // No enumeration: nothing to add.
  }
  return out;
}

/**
 * Whether loadWorkspace can run before the engine has loaded: the current plan's record is sealed
 * by this build, and no tab left unsaved edits (recovering them reads them through the engine).
 */
export function workspaceReadsWithoutEngine(storage: StorageLike): boolean {
  try {
    const { currentId } = readIndex(storage);
    if (currentId === undefined || storage.key === undefined) return false;
    const n = storage.length ?? 0;
    for (let i = 0; i < n; i++) if (storage.key(i)?.startsWith(UNSAVED_PREFIX) ?? true) return false;
    return openSealedRecord(storage.getItem(planKey(currentId)), RECORD_VERSION) !== undefined;
  } catch {
    return false;
  }
}

function recordName(storage: StorageLike, id: string): string {
  const raw = readJson(storage, planKey(id)) as { plan?: { name?: unknown }; name?: unknown } | undefined;
  const name = raw?.plan?.name ?? raw?.name;
  return typeof name === 'string' ? name.slice(0, 200) : id;
}

export interface Workspace {
  currentId: string | undefined;
  current: LoadedPlan | undefined;
  plans: SavedPlanMeta[];
  /** Messages about saved plans that could not be restored. */
  problems: string[];
  /** What the load changed and the user should know: plans listed again, edits recovered, parts dropped. */
  notes: string[];
}

/** Lists plan records the index missed, and saves as copies the edits a tab left while in conflict. */
function repairIndex(storage: StorageLike, index: Index, notes: string[], now: number): Index {
  const unlisted = unlistedRecordIds(storage, new Set(index.plans.map((p) => p.id)));
  if (unlisted.length > 0) {
    const found = unlisted.map((id) => ({ id, name: recordName(storage, id), updatedAt: 0 }));
    index = { ...index, plans: [...index.plans, ...found] };
    for (const p of found) notes.push(`Saved plan “${p.name}” was missing from the list of plans; it is listed again.`);
    try {
      writeIndex(storage, index);
    } catch {
      // Listed for this session; the next successful save writes the index.
    }
  }
  let recovered = false;
  for (const meta of index.plans) {
    const text = storage.getItem(unsavedKey(meta.id));
    if (text === null) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      continue;
    }
    const restored = restoreRecord(raw);
    if (!restored.ok) continue;
    const name = copyName(restored.record.plan.name, 'unsaved copy');
    try {
      savePlan(storage, newPlanId(now), { plan: { ...restored.record.plan, name }, view: restored.record.view }, now);
      storage.removeItem(unsavedKey(meta.id));
      recovered = true;
      notes.push(`Edits of “${restored.record.plan.name}” left by a tab that closed while another tab had changed that plan are saved as “${name}”.`);
    } catch {
      // Storage full: the edits stay where they are for the next load.
    }
  }
  if (!recovered) return index;
  const fresh = readIndex(storage).plans;
  return { currentId: index.currentId, plans: [...fresh, ...index.plans.filter((p) => !fresh.some((f) => f.id === p.id))] };
}

export function loadWorkspace(storage: StorageLike, now: number = Date.now()): Workspace {
  const problems: string[] = [];
  const notes: string[] = [];
  const index = repairIndex(storage, readIndex(storage), notes, now);
  let currentId = index.currentId;
  let current: LoadedPlan | undefined;
  const tryOpen = (id: string): LoadedPlan | undefined => {
    const loaded = loadSavedPlan(storage, id);
    if ('error' in loaded) {
      const name = index.plans.find((p) => p.id === id)?.name ?? id;
      problems.push(`Saved plan “${name}” could not be restored: ${loaded.error.slice(0, 3).join('; ')}`);
      return undefined;
    }
    notes.push(...loaded.notes);
    return loaded;
  };
  if (currentId !== undefined) current = tryOpen(currentId);
  if (current === undefined) {
    currentId = undefined;
    for (const meta of [...index.plans].sort((a, b) => b.updatedAt - a.updatedAt)) {
      if (meta.id === index.currentId) continue;
      current = tryOpen(meta.id);
      if (current !== undefined) {
        currentId = meta.id;
        break;
      }
    }
  }
  return { currentId, current, plans: index.plans, problems, notes };
}
