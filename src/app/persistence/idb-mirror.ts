// A copy of every saved-plan key in IndexedDB, written with `durability: 'strict'`.
// Why: Chromium writes localStorage to disk in delayed batches, so a browser process killed
// seconds after an edit lost it (11 of 11 in the tester's runs). A strict IndexedDB commit is on
// disk when it completes. localStorage stays the store the app reads (synchronously, so a
// returning visit paints at once); this mirror only puts back, at the next start, what
// localStorage lost (reconcile.ts). e2e/durable-save.spec.ts kills the browser to show it.
export const MIRROR_DB = 'asa-planner-mirror';
const STORE = 'kv';

export interface Mirror {
  put(key: string, value: string): void;
  remove(key: string): void;
  /** Every key and value, for the reconcile at start. */
  all(): Promise<Map<string, string>>;
  /** Resolves once every write so far has committed (tests, and before the page hides). */
  flushed(): Promise<void>;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export function openMirror(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<Mirror | undefined> {
  if (factory === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(MIRROR_DB, 1);
    } catch {
      resolve(undefined);
      return;
    }
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      // Another page deleting or upgrading the mirror (clearing site data, a test): let it.
      db.onversionchange = () => db.close();
      resolve(mirrorOf(db));
    };
  });
}

function mirrorOf(db: IDBDatabase): Mirror {
  let last: Promise<void> = Promise.resolve();
  const write = (change: (s: IDBObjectStore) => void) => {
    last = new Promise<void>((resolve) => {
      try {
        const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
        change(tx.objectStore(STORE));
        tx.oncomplete = () => resolve();
        tx.onerror = () => resolve();
        tx.onabort = () => resolve();
      } catch {
        resolve(); // A closed or broken database: localStorage still has the edit.
      }
    });
  };
  return {
    put: (key, value) => write((s) => s.put(value, key)),
    remove: (key) => write((s) => s.delete(key)),
    flushed: () => last,
    async all() {
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      const out = new Map<string, string>();
      keys.forEach((k, i) => {
        const v = values[i];
        if (typeof k === 'string' && typeof v === 'string') out.set(k, v);
      });
      return out;
    },
  };
}
