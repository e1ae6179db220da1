// The fleet page's jobs, run by the worker (or, where there is no Worker, in the page itself).
import { bulkImport, evaluateFleet, fleetRefresh } from '../../../engine/fleet/index';
import { readFleetText } from './fleet-files';
import type { FleetJob } from './fleet-protocol';

export function runFleetJob(job: FleetJob, progress: (done: number, total: number) => void): unknown {
  switch (job.type) {
    case 'import': {
      progress(0, 1);
      const r = bulkImport(job.sources, job.startDate);
      progress(1, 1);
      return r;
    }
    case 'evaluate':
      return evaluateFleet(job.plans, job.asOfDate === undefined ? {} : { asOfDate: job.asOfDate }, progress);
    case 'refresh':
      return fleetRefresh(job.plans, {}, progress);
    case 'read-fleet':
      return readFleetText(job.text);
  }
}
