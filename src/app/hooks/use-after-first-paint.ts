// True once the page has painted for the first time (false during the first render and the frame
// it paints). Lets the costly parts of the first load wait one frame, so the page shows at once.
import { useEffect, useState } from 'react';

let painted = false;

export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    const go = () => {
      painted = true;
      setReady(true);
    };
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
  }, [ready]);
  return ready;
}
