// Runs a fleet job in the worker and resolves with its result; calls onProgress meanwhile. One
// worker serves the page; a newer job of the same kind makes the older one's result stale (the
// caller checks `current`). Where Worker is missing, the job runs in the page.
import { runFleetJob } from './fleet-jobs';
import type { FleetJob, FleetJobResult, FleetRequest, FleetResponse } from './fleet-protocol';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: ((done: number, total: number) => void) | undefined };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (worker) return worker;
  worker = new Worker(new URL('./fleet.worker.ts', import.meta.url), { type: 'module', name: 'fleet' });
  worker.onmessage = (e: MessageEvent<FleetResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.onProgress?.(m.done, m.total);
    else {
      pending.delete(m.id);
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new Error(m.message));
    }
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'the fleet worker stopped'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function runInWorker<J extends FleetJob>(job: J, onProgress?: (done: number, total: number) => void): Promise<FleetJobResult<J>> {
  const w = getWorker();
  if (!w) {
    return new Promise((resolve, reject) => {
      try {
        resolve(runFleetJob(job, (d, t) => onProgress?.(d, t)) as FleetJobResult<J>);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
    w.postMessage({ ...job, id } satisfies FleetRequest);
  });
}
