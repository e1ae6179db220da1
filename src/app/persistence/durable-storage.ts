// The app's storage: localStorage, with every saved-plan write also sent to the IndexedDB mirror.
import type { StorageLike } from './storage';
import type { Mirror } from './idb-mirror';
import { openMirror } from './idb-mirror';
import { reconcile } from './reconcile';

const PREFIX = 'asa-planner/';

export function durableStorage(local: StorageLike, mirror: Mirror): StorageLike {
  return {
    getItem: (k) => local.getItem(k),
    setItem(k, v) {
      local.setItem(k, v); // Throws when full: the caller reports it, and the mirror is not written.
      if (k.startsWith(PREFIX)) mirror.put(k, v);
    },
    removeItem(k) {
      local.removeItem(k);
      if (k.startsWith(PREFIX)) mirror.remove(k);
    },
    get length() {
      return local.length;
    },
    key: (i) => local.key?.(i) ?? null,
  };
}

let opened: Mirror | undefined;

/** The mirror opened at start, if IndexedDB could be opened. */
export const startedMirror = (): Mirror | undefined => opened;

/**
 * Opens the mirror and puts back what localStorage lost; resolves within `waitMs` even if
 * IndexedDB does not answer (the app then runs on localStorage alone, as before).
 */
export async function startDurableStorage(local: StorageLike | undefined, waitMs = 1500): Promise<string[]> {
  if (local === undefined) return [];
  let gaveUp = false;
  const work = (async () => {
    const mirror = await openMirror();
    if (mirror === undefined) return [];
    const entries = await mirror.all();
    // Too late: the app already started on localStorage alone and must not be written under.
    if (gaveUp) return [];
    const restored = reconcile(local, entries);
    opened = mirror;
    return restored;
  })().catch(() => [] as string[]);
  const timeout = new Promise<string[]>((resolve) =>
    setTimeout(() => {
      gaveUp = true;
      resolve([]);
    }, waitMs),
  );
  return Promise.race([work, timeout]);
}
