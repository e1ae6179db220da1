// The app's storage: localStorage, with every saved-plan write also sent to the IndexedDB mirror.
import type { StorageLike } from './storage';
import type { Mirror } from './idb-mirror';
import { openMirror } from './idb-mirror';
import { reconcile, tombstoneKey, tombstones } from './reconcile';

const PREFIX = 'asa-planner/';

export function durableStorage(local: StorageLike, mirror: Mirror): StorageLike {
  /** Keys deleted whose mirror delete has not committed yet (each has a tombstone in localStorage). */
  const pendingDeletes = new Set<string>();
  return {
    getItem: (k) => local.getItem(k),
    setItem(k, v) {
      local.setItem(k, v); // Throws when full: the caller reports it, and the mirror is not written.
      if (k.startsWith(PREFIX)) {
        mirror.put(k, v);
        // Written again after a delete (a key such as the current fleet's): no longer deleted.
        if (pendingDeletes.delete(k)) local.removeItem(tombstoneKey(k));
      }
    },
    removeItem(k) {
      const had = k.startsWith(PREFIX) && local.getItem(k) !== null;
      local.removeItem(k);
      if (!k.startsWith(PREFIX)) return;
      mirror.remove(k);
      if (!had) return;
      // The mirror's delete commits later: until it has, a tombstone keeps a reload from putting the
      // key back (reconcile.ts). Best effort: without it the key may come back, never the reverse.
      try {
        local.setItem(tombstoneKey(k), '1');
        pendingDeletes.add(k);
        void mirror.flushed().then(() => {
          if (pendingDeletes.delete(k)) local.removeItem(tombstoneKey(k));
        });
      } catch {
        // Storage full: no tombstone.
      }
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
    // Deletes the last page made that the mirror had not committed: made again, then forgotten.
    const stale = tombstones(local, entries);
    for (const t of stale) {
      if (t.inMirror && local.getItem(t.key) === null) mirror.remove(t.key);
    }
    void mirror.flushed().then(() => {
      for (const t of stale) {
        try {
          local.removeItem(t.tombstone);
        } catch {
          // Left for the next start.
        }
      }
    });
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
