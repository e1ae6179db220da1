// The app's one store: the plan being edited, the saved-plans list and the view. Plan edits go
// through named pure commands (plan-commands.ts); zundo keeps their undo history; every change
// is saved to storage at once, so a reload loses nothing.
import { temporal, type TemporalState } from 'zundo';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parsePlan, type Plan } from '../../engine/index';
import { readPlanJson } from '../lib/plan-io';
import { decodeShare } from '../lib/share-link';
import {
  deleteSavedPlan,
  loadSavedPlan,
  loadWorkspace,
  memoryStorage,
  newPlanId,
  savePlan,
  type SavedPlanMeta,
  type StorageLike,
} from '../lib/storage';
import { newPlan } from './new-plan';
import { applyCommand, coalesceKey, type PlanCommand } from './plan-commands';
import { DEFAULT_VIEW, type ViewState } from './view-state';

export interface Notice {
  kind: 'error' | 'info';
  title: string;
  messages: string[];
}

export interface PlanState {
  planId: string;
  plan: Plan;
  view: ViewState;
  savedPlans: SavedPlanMeta[];
  notice: Notice | null;
  /** Applies a command; returns the engine's messages (and changes nothing) if the edit would make the plan unreadable. */
  dispatch: (cmd: PlanCommand) => string[];
  setView: (patch: Partial<ViewState>) => void;
  undo: () => void;
  redo: () => void;
  createPlan: () => void;
  openPlan: (id: string) => void;
  duplicatePlan: () => void;
  deletePlan: (id: string) => void;
  /** Returns whether the text was a plan; a bad file leaves the current plan as it was. */
  importPlanText: (text: string, source: string) => boolean;
  /** Reads a `#share=` fragment; returns whether a plan was opened from it. */
  openShareFragment: (hash: string) => boolean;
  showNotice: (notice: Notice | null) => void;
}

type Tracked = Pick<PlanState, 'plan'>;
export type PlanStore = StoreApi<PlanState> & { temporal: StoreApi<TemporalState<Tracked>> };

const structuralCache = new WeakMap<Plan, string[]>();

/** The engine's structural messages for a plan (cached per plan object): what would make it unreadable when reloaded. */
function structuralErrors(plan: Plan): string[] {
  let errors = structuralCache.get(plan);
  if (errors === undefined) {
    const parsed = parsePlan(plan);
    errors = parsed.ok ? [] : parsed.issues.map((i) => i.message);
    structuralCache.set(plan, errors);
  }
  return errors;
}

export interface PlanStoreOptions {
  now?: () => number;
  today?: () => string;
  /** Successive edits of the same field within this many ms make one undo step. */
  coalesceMs?: number;
}

export function createPlanStore(storage: StorageLike, options: PlanStoreOptions = {}): PlanStore {
  const now = options.now ?? Date.now;
  const coalesceMs = options.coalesceMs ?? 1000;
  let pendingKey: string | undefined;
  let lastRecorded: { key: string; at: number } | undefined;

  const workspace = loadWorkspace(storage);
  const initialId = workspace.currentId ?? newPlanId(now());
  const initial = workspace.current ?? { plan: newPlan(options.today?.()), view: DEFAULT_VIEW };
  const problems = workspace.problems;

  const store = createStore<PlanState>()(
    temporal(
      (set, get) => {
        /** Opens another plan: its own view, a fresh undo history. */
        const switchTo = (planId: string, plan: Plan, view: ViewState, notice: Notice | null = null) => {
          const t = (store as PlanStore).temporal.getState();
          t.pause();
          set({ planId, plan, view, notice });
          t.clear();
          t.resume();
          lastRecorded = undefined;
        };
        return {
          planId: initialId,
          plan: initial.plan,
          view: initial.view,
          savedPlans: workspace.plans,
          notice: problems.length > 0 ? { kind: 'error', title: 'Some saved plans could not be restored', messages: problems } : null,
          dispatch: (cmd) => {
            const prev = get().plan;
            const plan = applyCommand(prev, cmd);
            if (plan === prev) return [];
            const rejected = structuralErrors(plan);
            if (rejected.length > 0 && structuralErrors(prev).length === 0) return rejected;
            pendingKey = coalesceKey(cmd);
            set({ plan });
            pendingKey = undefined;
            return [];
          },
          setView: (patch) => set({ view: { ...get().view, ...patch } }),
          undo: () => {
            lastRecorded = undefined;
            (store as PlanStore).temporal.getState().undo();
          },
          redo: () => {
            lastRecorded = undefined;
            (store as PlanStore).temporal.getState().redo();
          },
          createPlan: () => switchTo(newPlanId(now()), newPlan(options.today?.()), DEFAULT_VIEW),
          openPlan: (id) => {
            if (id === get().planId) return;
            const loaded = loadSavedPlan(storage, id);
            if ('error' in loaded) {
              set({ notice: { kind: 'error', title: 'This saved plan could not be opened', messages: loaded.error } });
              return;
            }
            switchTo(id, loaded.plan, loaded.view);
          },
          duplicatePlan: () => {
            const { plan, view } = get();
            switchTo(newPlanId(now()), { ...plan, name: `${plan.name} (copy)` }, view);
          },
          deletePlan: (id) => {
            const plans = deleteSavedPlan(storage, id);
            set({ savedPlans: plans });
            if (id !== get().planId) return;
            const next = [...plans].sort((a, b) => b.updatedAt - a.updatedAt)[0];
            const loaded = next === undefined ? undefined : loadSavedPlan(storage, next.id);
            if (next !== undefined && loaded !== undefined && !('error' in loaded)) switchTo(next.id, loaded.plan, loaded.view);
            else switchTo(newPlanId(now()), newPlan(options.today?.()), DEFAULT_VIEW);
          },
          importPlanText: (text, source) => {
            const read = readPlanJson(text);
            if (!read.ok) {
              set({ notice: { kind: 'error', title: `${source} was not imported; your current plan is unchanged`, messages: read.messages } });
              return false;
            }
            switchTo(newPlanId(now()), read.plan, { ...DEFAULT_VIEW }, { kind: 'info', title: `Imported “${read.plan.name}” from ${source}`, messages: [] });
            return true;
          },
          openShareFragment: (hash) => {
            const shared = decodeShare(hash);
            if (shared.kind === 'none') return false;
            if (shared.kind === 'bad') {
              set({ notice: { kind: 'error', title: 'The shared link could not be opened; your current plan is unchanged', messages: shared.messages } });
              return false;
            }
            switchTo(newPlanId(now()), shared.plan, shared.view, { kind: 'info', title: `Opened “${shared.plan.name}” from a shared link`, messages: [] });
            return true;
          },
          showNotice: (notice) => set({ notice }),
        };
      },
      {
        partialize: (s): Tracked => ({ plan: s.plan }),
        equality: (a, b) => a.plan === b.plan,
        limit: 200,
        handleSet: (handle) =>
          ((past: unknown, replace: unknown, current: unknown, delta: unknown) => {
            const key = pendingKey;
            const at = now();
            if (key !== undefined && lastRecorded !== undefined && lastRecorded.key === key && at - lastRecorded.at < coalesceMs) {
              lastRecorded.at = at;
              return;
            }
            lastRecorded = key === undefined ? undefined : { key, at };
            (handle as unknown as (...args: unknown[]) => void)(past, replace, current, delta);
          }) as never,
      },
    ),
  ) as PlanStore;

  // Autosave: every change of the plan or the view is written at once.
  const persist = (s: PlanState) => {
    try {
      const plans = savePlan(storage, s.planId, { plan: s.plan, view: s.view }, now());
      const changed = plans.length !== s.savedPlans.length || plans.some((p, i) => p.id !== s.savedPlans[i]?.id || p.name !== s.savedPlans[i]?.name);
      if (changed) store.setState({ savedPlans: plans });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (s.notice?.title !== 'Autosave failed') store.setState({ notice: { kind: 'error', title: 'Autosave failed', messages: [message] } });
    }
  };
  store.subscribe((s, prev) => {
    if (s.plan !== prev.plan || s.view !== prev.view || s.planId !== prev.planId) persist(s);
  });
  persist(store.getState());
  return store;
}

function browserStorage(): StorageLike {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage disabled (private mode, a sandbox): plans then live only as long as the tab.
  }
  return memoryStorage();
}

let appStore: PlanStore | undefined;

/** The app's store, created on first use with the browser's localStorage. */
export function planStore(): PlanStore {
  appStore ??= createPlanStore(browserStorage());
  return appStore;
}

export function usePlanStore<T>(selector: (s: PlanState) => T): T {
  return useStore(planStore(), selector);
}

export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(planStore().temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(planStore().temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo };
}
