// Autosave with a guard against other tabs. Every committed edit (each keystroke a field
// accepts) and every view change is written to storage synchronously, in the same task: there
// is no debounce, so a page killed at any moment loses at most the keystroke in flight (and
// the draft of a field that is still invalid, which was never part of the plan).
//
// Each saved record carries a revision that grows when its plan changes. A tab writes only if
// storage still holds the revision it last read or wrote; when another tab saved a newer one
// (seen through the `storage` event, or at the next write), this tab stops writing that plan
// and asks the user: load theirs (undo brings yours back) or keep yours as a copy. Until then
// its edits go to a side slot that the next load saves as a copy, so closing the tab loses nothing.
import type { Plan } from '../../engine/index';
import {
  clearUnsaved,
  commitPlan,
  copyName,
  loadSavedPlan,
  newPlanId,
  readSavedPlanList,
  savePlan,
  storageKeyKind,
  storedRevision,
  writeUnsaved,
  type SavedPlanMeta,
  type StorageLike,
} from './storage';
import { isNewerRevision } from './saved-record';
import type { ConflictChoice, Notice, PlanState, PlanStore } from '../store/plan-state';

export type { Conflict, ConflictChoice } from '../store/plan-state';

export const STORAGE_FULL_TITLE = 'Not saved: this browser’s storage is full';
export const SAVE_FAILED_TITLE = 'Autosave failed';

/** Subscribes to keys that other tabs changed (the `storage` event; null when they cleared it). */
export type ExternalChanges = (listener: (key: string | null) => void) => () => void;

export interface AutosaveOptions {
  now: () => number;
  /** The revision the current plan was loaded at; undefined for a plan not in storage. */
  loadedRevision: number | undefined;
  externalChanges?: ExternalChanges;
}

export interface Autosave {
  resolveConflict: (choice: ConflictChoice) => void;
  /** Writes the current plan and view again (once the engine has loaded, the record is then sealed: persistence/sealed-record.ts). */
  saveNow: () => void;
  /**
   * Puts off the write of the next change until the returned function is called. Only for a change
   * whose source outlives the wait (a `#share=` link stays in the address until then): any other
   * change in the meantime is written at once, the put-off one with it.
   */
  deferNextWrite: () => () => void;
  detach: () => void;
}

/** Whether a storage write failed for lack of space (browsers name it differently). */
export function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, code } = err as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function failureNotice(err: unknown): Notice {
  if (isQuotaError(err)) {
    return {
      kind: 'error',
      title: STORAGE_FULL_TITLE,
      messages: ['Your plan is intact in this tab, but the latest changes are not saved in this browser. Export the plan to keep them, then delete saved plans you no longer need.'],
      action: 'export-plan',
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'error', title: SAVE_FAILED_TITLE, messages: [`Your plan is intact in this tab, but it could not be saved: ${message}`], action: 'export-plan' };
}

const sameList = (a: SavedPlanMeta[], b: SavedPlanMeta[]) => a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.name === b[i]?.name);

export function attachAutosave(store: PlanStore, storage: StorageLike, options: AutosaveOptions): Autosave {
  const { now } = options;
  let trackedId = store.getState().planId;
  /** The revision this tab last read or wrote for the tracked plan. */
  let base = options.loadedRevision ?? 0;
  /** The plan object stored at `base` (an edit is a new object: the revision then grows). */
  let savedRef: Plan | undefined = options.loadedRevision === undefined ? undefined : store.getState().plan;
  /** The copy this tab saved its edit as when it lost a same-instant race (see onExternal). */
  let asideCopy: { id: string; name: string } | undefined;

  const reportFailure = (s: PlanState, err: unknown) => {
    const notice = failureNotice(err);
    if (s.notice?.title !== notice.title) store.setState({ notice });
  };

  const saveAside = (s: PlanState) => {
    if (s.plan === savedRef) return;
    try {
      writeUnsaved(storage, s.planId, { plan: s.plan, view: s.view });
    } catch (err) {
      reportFailure(s, err);
    }
  };

  const enterConflict = (s: PlanState, stored: number | 'unversioned') => {
    store.setState({ conflict: { storedRevision: stored, name: s.plan.name } });
    saveAside(store.getState());
  };

  const persist = (s: PlanState) => {
    if (s.conflict !== null) return saveAside(s);
    try {
      const result = commitPlan(storage, s.planId, { plan: s.plan, view: s.view }, base, s.plan !== savedRef, now());
      if (!result.ok) return enterConflict(s, result.storedRevision);
      base = result.revision;
      savedRef = s.plan;
      if (!sameList(result.plans, s.savedPlans)) store.setState({ savedPlans: result.plans });
      if (s.notice?.title === STORAGE_FULL_TITLE || s.notice?.title === SAVE_FAILED_TITLE) {
        store.setState({ notice: { kind: 'info', title: 'Saving works again: every change is saved in this browser.', messages: [] } });
      }
    } catch (err) {
      reportFailure(s, err);
    }
  };

  /** Another plan is open: track it at the revision storage holds now (it was just read, or is new). */
  const track = (s: PlanState, prev: PlanState) => {
    if (prev.conflict !== null) keepAsCopy(prev);
    trackedId = s.planId;
    const stored = storedRevision(storage, s.planId);
    base = typeof stored === 'number' ? stored : 0;
    savedRef = stored === undefined ? undefined : s.plan;
    if (store.getState().conflict !== null) store.setState({ conflict: null });
  };

  /** Leaving a plan in conflict: this tab's version is saved as a copy, never dropped. */
  const keepAsCopy = (mine: PlanState) => {
    if (mine.plan === savedRef) return clearUnsaved(storage, mine.planId);
    const name = copyName(mine.plan.name, 'my copy');
    try {
      savePlan(storage, newPlanId(now()), { plan: { ...mine.plan, name }, view: mine.view }, now());
      clearUnsaved(storage, mine.planId);
      const note = `Your edits of “${mine.plan.name}”, which another tab had changed, are saved as “${name}”.`;
      const { notice } = store.getState();
      store.setState({ notice: notice === null ? { kind: 'info', title: note, messages: [] } : { ...notice, messages: [...notice.messages, note] } });
    } catch {
      // The side slot keeps them; the next load saves them as a copy.
    }
  };

  /** 'next': the next change waits; 'waiting': a change is waiting for its write (see deferNextWrite). */
  let deferred: 'no' | 'next' | 'waiting' = 'no';
  const unsubscribe = store.subscribe((s, prev) => {
    // Leaving a plan whose write is put off: it is written first.
    if (deferred === 'waiting' && s.planId !== trackedId) {
      deferred = 'no';
      persist(prev);
    }
    if (s.planId !== trackedId) track(s, prev);
    if (!(s.plan !== prev.plan || s.view !== prev.view || s.planId !== prev.planId)) return;
    if (deferred === 'next') {
      deferred = 'waiting';
      return;
    }
    deferred = 'no';
    persist(store.getState());
  });

  const onExternal = (key: string | null) => {
    const kind = storageKeyKind(key);
    const s = store.getState();
    if (kind.kind === 'index' || kind.kind === 'cleared') {
      const listed = readSavedPlanList(storage);
      const own = s.savedPlans.find((p) => p.id === s.planId);
      const plans = listed.some((p) => p.id === s.planId) || own === undefined ? listed : [...listed, own];
      if (!sameList(plans, s.savedPlans)) store.setState({ savedPlans: plans });
    }
    if (s.conflict !== null || !((kind.kind === 'plan' && kind.id === s.planId) || kind.kind === 'cleared')) return;
    const stored = storedRevision(storage, s.planId);
    if (isNewerRevision(stored, base)) return enterConflict(s, stored);
    // Two tabs that saved in the same instant both wrote revision `base`: the other tab's write
    // carries a different plan. (A view-only change in the other tab keeps the same plan.)
    // The other tab's write replaced ours: ours is set aside as a copy before the banner shows, so
    // closing this tab (or the browser dying) cannot lose it.
    if (stored === base && savedRef !== undefined) {
      const theirs = loadSavedPlan(storage, s.planId);
      if (!('error' in theirs) && JSON.stringify(theirs.plan) !== JSON.stringify(savedRef)) {
        setAsideAsCopy(s);
        enterConflict(store.getState(), stored);
      }
    }
  };
  const setAsideAsCopy = (s: PlanState) => {
    const name = copyName(s.plan.name, 'my copy');
    const id = newPlanId(now());
    try {
      const plans = savePlan(storage, id, { plan: { ...s.plan, name }, view: s.view }, now());
      asideCopy = { id, name };
      store.setState({ savedPlans: plans, notice: { kind: 'info', title: `Another tab saved this plan in the same instant; your edit is kept as “${name}”`, messages: [] } });
    } catch (err) {
      reportFailure(s, err);
    }
  };
  const stopListening = options.externalChanges?.(onExternal);

  persist(store.getState());

  return {
    saveNow: () => persist(store.getState()),
    deferNextWrite: () => {
      deferred = 'next';
      return () => {
        if (deferred === 'no') return;
        deferred = 'no';
        persist(store.getState());
      };
    },
    resolveConflict: (choice) => {
      const s = store.getState();
      if (s.conflict === null) return;
      if (choice === 'load-theirs') {
        const theirs = loadSavedPlan(storage, s.planId);
        if ('error' in theirs) {
          store.setState({ notice: { kind: 'error', title: 'The other tab’s version could not be opened; yours is kept', messages: theirs.error } });
          return;
        }
        clearUnsaved(storage, s.planId);
        asideCopy = undefined;
        base = theirs.revision;
        savedRef = theirs.plan;
        const mineDiffered = s.plan !== theirs.plan;
        store.setState({
          plan: theirs.plan,
          view: theirs.view,
          conflict: null,
          notice: { kind: 'info', title: 'Loaded the version saved in the other tab', messages: mineDiffered ? ['Undo brings your version back.'] : [] },
        });
        return;
      }
      // A copy set aside in a same-instant race is the one to keep working in.
      const name = asideCopy?.name ?? copyName(s.plan.name, 'my copy');
      const planId = asideCopy?.id ?? newPlanId(now());
      asideCopy = undefined;
      clearUnsaved(storage, s.planId);
      store.setState({ conflict: null });
      const t = store.temporal.getState();
      t.pause();
      store.setState({
        planId,
        plan: { ...s.plan, name },
        notice: { kind: 'info', title: `Your version is saved as “${name}”`, messages: [`The other tab’s version stays as “${s.conflict.name}”.`] },
      });
      t.clear();
      t.resume();
    },
    detach: () => {
      unsubscribe();
      stopListening?.();
    },
  };
}
