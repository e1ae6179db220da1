// Waiting for a paint: lets the costly parts of a render come one frame later.
import { useEffect, useState } from 'react';
import { loadEngine } from './engine-runtime';

/** Calls `go` once the frame after now has been painted (or after 250 ms in a tab that paints nothing). */
function afterNextPaint(go: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from the frame callback runs after that frame is painted; the fallback covers a
  // page that does not paint (a hidden tab runs no frame callbacks).
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(go, 0);
  });
  const fallback = setTimeout(go, 250);
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    clearTimeout(fallback);
  };
}

/** False during the component's first render and the frame that paints it, true after. */
export function usePaintedSinceMount(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}

let pagePainted = false;
const whenPainted: (() => void)[] = [];

let afterFirstPaint: Promise<void> | undefined;

/** Resolves once the page has painted for the first time and the engine has loaded (loading starts after that paint). */
function firstPaintAndEngine(): Promise<void> {
  afterFirstPaint ??= new Promise<void>((resolve) => afterNextPaint(resolve))
    .then(() => loadEngine())
    .then(() => {
      pagePainted = true;
      for (const listener of whenPainted.splice(0)) listener();
    });
  return afterFirstPaint;
}

/** Calls `listener` once useAfterFirstPaint turns true: the app has painted its first view and the engine is loaded. */
export function whenFirstPaintAndEngine(listener: () => void): void {
  if (pagePainted) listener();
  else whenPainted.push(listener);
}

/**
 * False until the page has painted for the first time and the engine is loaded (later mounts get
 * true at once): what renders then may call the engine.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(pagePainted);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    firstPaintAndEngine().then(
      () => {
        if (live) setReady(true);
      },
      () => {
        // The engine's chunk failed to load (the server went away): nothing more can be shown.
      },
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
