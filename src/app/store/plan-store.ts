// The app's one store: the plan being edited, the saved-plans list and the view. Plan edits go
// through named pure commands (plan-commands.ts); zundo keeps their undo history; every change
// is saved to storage at once (autosave.ts, which also guards against other tabs), so a reload loses nothing.
import { temporal } from 'zundo';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Plan } from '../../engine/index';
import { engineLoaded, whenEngineLoaded } from '../engine-loader/engine-runtime';
import { structuralErrors } from '../persistence/plan-reading';
import { readPlanJson } from '../persistence/plan-io';
import { decodeShare, type SharedComparison } from '../persistence/share-link';
import { attachAutosave, type ConflictChoice, type ExternalChanges } from '../persistence/autosave';
import { copyName, deleteSavedPlan, loadSavedPlan, memoryStorage, newPlanId, savePlan, storageKeyKind, type StorageLike } from '../persistence/storage';
import { loadWorkspace, workspaceReadsWithoutEngine } from '../persistence/workspace';
import { newPlan } from './new-plan';
import { applyCommand, coalesceKey } from './plan-commands';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import { durableStorage, startedMirror } from '../persistence/durable-storage';
import type { Notice, PlanState, PlanStore, Tracked } from './plan-state';

export type { Notice, PlanState, PlanStore } from './plan-state';

export interface PlanStoreOptions {
  now?: () => number;
  today?: () => string;
  /** Successive edits of the same field within this many ms make one undo step. */
  coalesceMs?: number;
  /** Changes other tabs make to the storage (the browser's `storage` event). */
  externalChanges?: ExternalChanges;
}

export function createPlanStore(storage: StorageLike, options: PlanStoreOptions = {}): PlanStore {
  const now = options.now ?? Date.now;
  const coalesceMs = options.coalesceMs ?? 1000;
  let pendingKey: string | undefined;
  let lastRecorded: { key: string; at: number } | undefined;
  /** An edit was accepted before the engine had loaded (the first moments of a fresh page), so not yet checked. */
  let unchecked = false;

  const workspace = loadWorkspace(storage);
  const initialId = workspace.currentId ?? newPlanId(now());
  const initial = workspace.current ?? { plan: newPlan(options.today?.()), view: DEFAULT_VIEW };
  const problems = workspace.problems;
  const notes = workspace.notes;
  let resolveConflict: (choice: ConflictChoice) => void = () => {};
  let deferNextWrite: () => () => void = () => () => {};

  /** Saves the compared plans of a shared link (the one equal to the opened plan is that plan) and points the view at them. */
  const saveSharedComparison = (openedId: string, opened: Plan, view: ViewState, compare: SharedComparison): { view: ViewState; messages: string[] } => {
    const saved = new Map<string, string>([[JSON.stringify(opened), openedId]]);
    const messages: string[] = [];
    const idOf = (plan: Plan): string => {
      const json = JSON.stringify(plan);
      let id = saved.get(json);
      if (id === undefined) {
        id = newPlanId(now());
        savePlan(storage, id, { plan, view: DEFAULT_VIEW }, now());
        saved.set(json, id);
        messages.push(`Saved “${plan.name}” too, to compare with.`);
      }
      return id;
    };
    try {
      return { view: { ...view, compare: { onlyChanges: false, ...view.compare, a: idOf(compare.a), b: idOf(compare.b) } }, messages };
    } catch (err) {
      return { view, messages: [`The compared plans could not be saved: ${err instanceof Error ? err.message : String(err)}`] };
    }
  };

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
        /**
         * Whether the open plan is the blank one this page started with (no saved plan to open) and
         * was never edited: a link or file opened first replaces it rather than leaving an
         * "Untitled plan" beside it in the plans menu.
         */
        const onUntouchedBlank = () => workspace.current === undefined && get().planId === initialId && get().plan === initial.plan;
        const dropBlank = () => {
          try {
            set({ savedPlans: deleteSavedPlan(storage, initialId) });
          } catch {
            // Storage refused: the blank plan stays listed, nothing else changes.
          }
        };
        return {
          planId: initialId,
          plan: initial.plan,
          view: initial.view,
          savedPlans: workspace.plans,
          notice:
            problems.length > 0
              ? { kind: 'error', title: 'Some saved plans could not be restored', messages: [...problems, ...notes] }
              : notes.length > 0
                ? { kind: 'info', title: 'Saved plans were restored with changes', messages: notes }
                : null,
          conflict: null,
          resolveConflict: (choice) => resolveConflict(choice),
          dispatch: (cmd) => {
            const prev = get().plan;
            const plan = applyCommand(prev, cmd);
            if (plan === prev) return [];
            if (engineLoaded()) {
              const rejected = structuralErrors(plan);
              if (rejected.length > 0 && structuralErrors(prev).length === 0) return rejected;
            } else unchecked = true;
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
            switchTo(newPlanId(now()), { ...plan, name: copyName(plan.name, 'copy') }, view);
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
            const blank = onUntouchedBlank();
            switchTo(newPlanId(now()), read.plan, { ...DEFAULT_VIEW }, { kind: 'info', title: `Imported “${read.plan.name}” from ${source}`, messages: [] });
            if (blank) dropBlank();
            return true;
          },
          openShareFragment: (hash, options = {}) => {
            const shared = decodeShare(hash);
            if (shared.kind === 'none') return false;
            if (shared.kind === 'bad') {
              set({ notice: { kind: 'error', title: 'The shared link could not be opened; your current plan is unchanged', messages: shared.messages } });
              return false;
            }
            const id = newPlanId(now());
            const blank = onUntouchedBlank();
            const save = options.saveAfter === undefined ? undefined : deferNextWrite();
            const { view, messages } = shared.compare ? saveSharedComparison(id, shared.plan, shared.view, shared.compare) : { view: shared.view, messages: [] };
            switchTo(id, shared.plan, view, { kind: 'info', title: `Opened “${shared.plan.name}” from a shared link`, messages });
            if (blank) dropBlank();
            if (save !== undefined) options.saveAfter?.(save);
            return true;
          },
          readSavedPlan: (id) => {
            const { planId, plan, view } = get();
            return id === planId ? { plan, view } : loadSavedPlan(storage, id);
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

  // Edits made before the engine loaded are checked when it has: one that made the plan unreadable
  // is undone (back to the last readable plan), and the user is told why.
  whenEngineLoaded(() => {
    if (!unchecked) return;
    unchecked = false;
    const rejected = structuralErrors(store.getState().plan);
    if (rejected.length === 0) return;
    while (structuralErrors(store.getState().plan).length > 0 && store.temporal.getState().pastStates.length > 0) store.temporal.getState().undo();
    if (structuralErrors(store.getState().plan).length > 0) return;
    store.temporal.setState({ futureStates: [] });
    lastRecorded = undefined;
    store.setState({ notice: { kind: 'error', title: 'An edit made while the page was loading was undone', messages: rejected } });
  });

  // Autosave: every change of the plan or the view is written at once, unless another tab saved a newer revision.
  const autosave = attachAutosave(store, storage, { now, loadedRevision: workspace.current?.revision, ...(options.externalChanges ? { externalChanges: options.externalChanges } : {}) });
  resolveConflict = autosave.resolveConflict;
  deferNextWrite = autosave.deferNextWrite;
  // A record written before the engine loaded is unsealed; written again once it has, the next visit opens it before the engine loads.
  whenEngineLoaded(() => autosave.saveNow());
  return store;
}

/** This browser's durable storage (localStorage mirrored to IndexedDB), as plans use it; the fleet page saves its fleets in it too. */
export function browserStorage(): StorageLike {
  try {
    if (typeof localStorage !== 'undefined') {
      const mirror = startedMirror();
      return mirror === undefined ? localStorage : durableStorage(localStorage, mirror);
    }
  } catch {
    // Storage disabled (private mode, a sandbox): plans then live only as long as the tab.
  }
  return memoryStorage();
}

/** The `storage` event: fired in this tab when another tab of this origin changes localStorage. */
const storageEvents: ExternalChanges = (listener) => {
  if (typeof window === 'undefined') return () => {};
  const handler = (e: StorageEvent) => {
    try {
      if (e.storageArea !== null && e.storageArea !== window.localStorage) return;
    } catch {
      return; // Storage disabled: this tab keeps its plans in memory.
    }
    if (storageKeyKind(e.key).kind === 'other') return;
    // Reading another tab's save takes the engine: in the first moments of a fresh page, wait for it.
    const key = e.key;
    whenEngineLoaded(() => listener(key));
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
};

let appStore: PlanStore | undefined;

/**
 * Opens the app's store now, before the engine loads, when the saved workspace allows it (the
 * current plan's record is sealed by this build, see sealed-record.ts); false: the engine must load first.
 */
export function openSavedPlansWithoutEngine(): boolean {
  if (appStore !== undefined) return true;
  const storage = browserStorage();
  if (!workspaceReadsWithoutEngine(storage)) return false;
  planStore();
  return true;
}

/** The app's store, created on first use with the browser's localStorage. */
export function planStore(): PlanStore {
  appStore ??= createPlanStore(browserStorage(), { externalChanges: storageEvents });
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
