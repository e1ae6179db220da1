// The plan store's state and the store's type (the store itself: plan-store.ts). Their own file so that
// plan-store.ts and autosave.ts, which it attaches, do not import each other.
import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand/vanilla';
import type { Plan } from '../../engine/index';
import type { SavedPlan, SavedPlanMeta } from '../persistence/storage';
import type { PlanCommand } from './plan-commands';
import type { ViewState } from './view-state';

export interface Conflict {
  /** The revision another tab saved (`unversioned`: an older version of the app wrote it). */
  storedRevision: number | 'unversioned';
  name: string;
}

export type ConflictChoice = 'load-theirs' | 'keep-mine-as-copy';

export interface Notice {
  kind: 'error' | 'info';
  title: string;
  messages: string[];
  /** A button offered with the notice (the banner runs it). */
  action?: 'export-plan';
}

export interface PlanState {
  planId: string;
  plan: Plan;
  view: ViewState;
  savedPlans: SavedPlanMeta[];
  notice: Notice | null;
  /** Another tab saved a newer revision of this plan: nothing is written until the user chooses. */
  conflict: Conflict | null;
  resolveConflict: (choice: ConflictChoice) => void;
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
  /**
   * Reads a `#share=` fragment; returns whether a plan was opened from it. With `saveAfter`, the
   * opened plan's save is put off until `saveAfter` calls the function it is given (the link is the
   * plan's copy until then); an edit in the meantime saves at once.
   */
  openShareFragment: (hash: string, options?: { saveAfter?: (save: () => void) => void }) => boolean;
  /** Another saved plan, read without opening it (the comparison view); the current plan as it is now. */
  readSavedPlan: (id: string) => SavedPlan | { error: string[] };
  showNotice: (notice: Notice | null) => void;
}

/** What the undo history records. */
export type Tracked = Pick<PlanState, 'plan'>;
export type PlanStore = StoreApi<PlanState> & { temporal: StoreApi<TemporalState<Tracked>> };
