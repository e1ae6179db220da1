// Waiting for a paint: lets the costly parts of a render come one frame later.
import { useEffect, useState } from 'react';

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

/** False until the page has painted for the first time (later mounts get true at once). */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(pagePainted);
  useEffect(
    () =>
      ready
        ? undefined
        : afterNextPaint(() => {
            pagePainted = true;
            setReady(true);
          }),
    [ready],
  );
  return ready;
}
