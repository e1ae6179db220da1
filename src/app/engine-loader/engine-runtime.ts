// The engine's code, and zod, which builds its plan schemas when it loads, are a chunk of their
// own (engine-deferred.ts): a fresh page paints its editor first and loads them right after; a
// page that must read a saved plan or a link loads them before its first render (src/main.tsx).
// The modules on the first paint's path reach the engine's functions through `engine()`, at call
// time; its types and its catalog (plain data) they import directly.
import type * as Deferred from './engine-deferred';

export type EngineRuntime = typeof Deferred;

let loaded: EngineRuntime | undefined;
let loading: Promise<EngineRuntime> | undefined;
const waiting = new Set<() => void>();

/** Loads the engine once; resolves when it can be called. */
export function loadEngine(): Promise<EngineRuntime> {
  loading ??= import('./engine-deferred').then((m) => {
    loaded = m;
    for (const listener of [...waiting]) listener();
    waiting.clear();
    return m;
  });
  return loading;
}

export function engineLoaded(): boolean {
  return loaded !== undefined;
}

/** The engine's functions; throws before `loadEngine()` has resolved. */
export function engine(): EngineRuntime {
  if (loaded === undefined) throw new Error('The planner is still loading its license engine; try again in a moment.');
  return loaded;
}

/** Calls `listener` once the engine is loaded (at once if it is). */
export function whenEngineLoaded(listener: () => void): void {
  if (loaded !== undefined) listener();
  else waiting.add(listener);
}
