// The fleet saved like a plan: in the browser's durable storage (plan-store browserStorage: localStorage mirrored to
// IndexedDB, ../persistence/durable-storage.ts), written shortly after every change of its plans
// or name, opened again at the next visit, listed with the other saved fleets (open, delete). A
// write that fails (storage full, a fleet too large) is said plainly and the page keeps the fleet:
// "Save fleet file" keeps it then.
import { browserStorage } from '../../store/plan-store';
import type { StorageLike } from '../../persistence/storage';
import { currentFleetId, deleteSavedFleet, listSavedFleets, loadSavedFleet, newFleetId, saveFleetGuarded, savedFleetTime, setCurrentFleet, type SavedFleetMeta } from './fleet-saved';
import { useFleetStore } from './fleet-store';
import { create } from 'zustand';

let storage: StorageLike | undefined;
const fleetStorage = (): StorageLike => (storage ??= browserStorage());

/** The saved fleets, for the list on the page. */
export const useSavedFleets = create<{ list: SavedFleetMeta[] }>()(() => ({ list: [] }));
const refreshList = () => useSavedFleets.setState({ list: listSavedFleets(fleetStorage()) });

/**
 * What was last written (or read): a change is saved only when the plans or the name differ from
 * it. `at`: the saved time of that version, so a save finds out whether another tab wrote the fleet since.
 */
let written: { id: string | null; plans: unknown; name: string; at?: number } = { id: null, plans: null, name: '' };
let timer: ReturnType<typeof setTimeout> | undefined;
const SAVE_DELAY_MS = 300;

export function saveFleetNow(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const s = useFleetStore.getState();
  if (s.plans.length === 0 && s.id === null) return;
  const id = s.id ?? newFleetId();
  try {
    const saved = saveFleetGuarded(fleetStorage(), id, { name: s.name, plans: s.plans }, s.id === null ? undefined : written.id === id ? written.at : undefined);
    written = { id: saved.meta.id, plans: s.plans, name: saved.meta.name, at: saved.meta.updatedAt };
    if (saved.copyOf === undefined) useFleetStore.setState({ id, saveStatus: { kind: 'saved', at: saved.meta.updatedAt } });
    else {
      useFleetStore.setState({
        id: saved.meta.id,
        name: saved.meta.name,
        saveStatus: { kind: 'saved', at: saved.meta.updatedAt },
        messages: [`Another tab saved “${saved.copyOf}” after this page opened it: your changes are saved as “${saved.meta.name}”, and theirs are kept in “${saved.copyOf}”.`],
      });
      setCurrentFleet(fleetStorage(), saved.meta.id);
    }
  } catch (err) {
    written = { ...written, id: s.id, plans: s.plans, name: s.name };
    const why = err instanceof Error ? err.message : String(err);
    const earlier = s.id === null ? '' : ' (the browser still holds its version saved before this change)';
    useFleetStore.setState({
      saveStatus: { kind: 'failed', message: `The fleet is NOT saved in this browser: ${why}${earlier}. It stays on this page until you leave it; use “Save fleet file” to keep it.` },
    });
  }
  refreshList();
}

let started = false;
/** Opens the fleet saved last (once per page) and saves every later change. */
export function startFleetAutosave(): void {
  if (started) return;
  started = true;
  const store = fleetStorage();
  refreshList();
  const id = currentFleetId(store);
  if (id !== null) openSavedFleet(id);
  useFleetStore.subscribe((s) => {
    if (s.plans === written.plans && s.name === written.name && s.id === written.id) return;
    if (s.plans.length === 0 && s.id === null) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveFleetNow, SAVE_DELAY_MS);
  });
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => timer !== undefined && saveFleetNow());
}

/** Shows a saved fleet; a damaged one is reported and kept as it is. */
export function openSavedFleet(id: string): void {
  if (timer !== undefined) saveFleetNow();
  const read = loadSavedFleet(fleetStorage(), id);
  if (!read.ok) {
    const name = useSavedFleets.getState().list.find((f) => f.id === id)?.name ?? id;
    useFleetStore.setState({ messages: [`Saved fleet “${name}” could not be opened:`, ...read.messages] });
    return;
  }
  written = { id, plans: read.fleet.plans, name: read.fleet.name, at: savedFleetTime(fleetStorage(), id) ?? 0 };
  setCurrentFleet(fleetStorage(), id);
  const at = useSavedFleets.getState().list.find((f) => f.id === id)?.updatedAt ?? Date.now();
  void useFleetStore.getState().openFleet(read.fleet, id);
  useFleetStore.setState({ saveStatus: { kind: 'saved', at } });
}

/** Starts a new, empty fleet; the one shown stays saved in the list. */
export function newFleet(): void {
  if (timer !== undefined) saveFleetNow();
  written = { id: null, plans: [], name: 'My fleet' };
  setCurrentFleet(fleetStorage(), null);
  useFleetStore.getState().clear();
}

export function deleteFleet(id: string): void {
  if (useFleetStore.getState().id === id) {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    newFleet();
  }
  try {
    deleteSavedFleet(fleetStorage(), id);
  } catch (err) {
    useFleetStore.setState({ messages: [`The saved fleet could not be deleted: ${err instanceof Error ? err.message : String(err)}`] });
  }
  refreshList();
}
