// Saved plans in localStorage: an index of named plans and one record per plan (plan + view).
// Reading is tolerant: a record that no longer validates is reported and skipped, never thrown.
import { z } from 'zod';
import type { Plan } from '../../engine/index';
import { restoreView, type ViewState } from '../store/view-state';
import { readPlan } from './plan-io';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
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

const PREFIX = 'asa-planner/';
const INDEX_KEY = `${PREFIX}index`;
const planKey = (id: string) => `${PREFIX}plan/${id}`;

const indexSchema = z.object({
  currentId: z.string().max(80).optional(),
  plans: z.array(z.object({ id: z.string().min(1).max(80), name: z.string().max(200).catch('Untitled plan'), updatedAt: z.number().catch(0) })).catch([]),
});
type Index = z.output<typeof indexSchema>;

function readJson(storage: StorageLike, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readIndex(storage: StorageLike): Index {
  const parsed = indexSchema.safeParse(readJson(storage, INDEX_KEY) ?? {});
  return parsed.success ? parsed.data : { plans: [] };
}

function writeIndex(storage: StorageLike, index: Index): void {
  storage.setItem(INDEX_KEY, JSON.stringify(index));
}

export function newPlanId(now: number = Date.now()): string {
  return `p-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function loadSavedPlan(storage: StorageLike, id: string): SavedPlan | { error: string[] } {
  const raw = readJson(storage, planKey(id)) as { plan?: unknown; view?: unknown } | undefined;
  if (raw === undefined) return { error: ['The saved plan is missing from this browser’s storage.'] };
  const read = readPlan(raw.plan);
  if (!read.ok) return { error: read.messages };
  return { plan: read.plan, view: restoreView(raw.view) };
}

export interface Workspace {
  currentId: string | undefined;
  current: SavedPlan | undefined;
  plans: SavedPlanMeta[];
  /** Messages about saved plans that could not be restored. */
  problems: string[];
}

export function loadWorkspace(storage: StorageLike): Workspace {
  const index = readIndex(storage);
  const problems: string[] = [];
  let currentId = index.currentId;
  let current: SavedPlan | undefined;
  const tryOpen = (id: string): SavedPlan | undefined => {
    const loaded = loadSavedPlan(storage, id);
    if ('error' in loaded) {
      const name = index.plans.find((p) => p.id === id)?.name ?? id;
      problems.push(`Saved plan “${name}” could not be restored: ${loaded.error.slice(0, 3).join('; ')}`);
      return undefined;
    }
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
  return { currentId, current, plans: index.plans, problems };
}

/** Saves one plan and its view, and records it in the index as the current plan. */
export function savePlan(storage: StorageLike, id: string, saved: SavedPlan, now: number = Date.now()): SavedPlanMeta[] {
  storage.setItem(planKey(id), JSON.stringify(saved));
  const index = readIndex(storage);
  const meta: SavedPlanMeta = { id, name: saved.plan.name, updatedAt: now };
  const plans = index.plans.some((p) => p.id === id) ? index.plans.map((p) => (p.id === id ? meta : p)) : [...index.plans, meta];
  writeIndex(storage, { currentId: id, plans });
  return plans;
}

export function deleteSavedPlan(storage: StorageLike, id: string): SavedPlanMeta[] {
  storage.removeItem(planKey(id));
  const index = readIndex(storage);
  const plans = index.plans.filter((p) => p.id !== id);
  writeIndex(storage, { ...(index.currentId === id ? {} : { currentId: index.currentId }), plans });
  return plans;
}

/** An in-memory StorageLike for tests and for browsers where localStorage is unavailable. */
export function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
