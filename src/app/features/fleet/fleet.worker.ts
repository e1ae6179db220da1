// The fleet's engine work off the main thread: bulk import, evaluation of every plan, refresh advice.
// Progress is posted at most every 50 ms, so a 1,000-plan fleet sends a few dozen messages, not 1,000.
import { runFleetJob } from './fleet-jobs';
import type { FleetRequest, FleetResponse } from './fleet-protocol';

const post = (m: FleetResponse) => (self as unknown as { postMessage: (m: FleetResponse) => void }).postMessage(m);

self.onmessage = (e: MessageEvent<FleetRequest>) => {
  const req = e.data;
  let last = 0;
  try {
    const result = runFleetJob(req, (done, total) => {
      const now = performance.now();
      if (done === total || now - last > 50) {
        last = now;
        post({ id: req.id, type: 'progress', done, total });
      }
    });
    post({ id: req.id, type: 'done', result });
  } catch (err) {
    post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
