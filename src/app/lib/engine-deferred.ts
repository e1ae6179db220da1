// What the app loads after its first paint (see engine-runtime.ts): the engine's validating entry
// points and the app's own zod schemas. Import it only through loadEngine().
import { z } from 'zod';

// The Content-Security-Policy forbids eval; tell zod not to try its JIT (it would log a violation).
// Before any parse: nothing parses until this module has run. (Not in Node: the unit tests keep zod's defaults.)
if (typeof document !== 'undefined') z.config({ jitless: true });

export { LIMITS, parsePlan, PLAN_FORMAT } from '../../engine/index';
export { restoreView, viewStateSchema } from '../store/view-state-schema';
export { analysisOf } from './plan-analysis';
