// What the app loads after its first paint (see engine-runtime.ts): the engine's validating entry
// points and the app's own zod schemas. Import it only through loadEngine().
import { z } from 'zod';
import { DEFAULT_VIEW, type ViewState } from '../store/view-state';
import { viewStateSchema } from '../store/view-state-schema';

// The Content-Security-Policy forbids eval; tell zod not to try its JIT (it would log a violation).
// Before any parse: nothing parses until this module has run. (Not in Node: the unit tests keep zod's defaults.)
if (typeof document !== 'undefined') z.config({ jitless: true });

export { LIMITS, parsePlan, PLAN_FORMAT } from '../../engine/index';
export { analysisOf } from './plan-analysis';
export { viewStateSchema };

/** Never throws: anything unreadable becomes the default view. (Here, not in view-state-schema.ts, so that the
 * view's schema and its default do not import each other.) */
export function restoreView(input: unknown): ViewState {
  const parsed = viewStateSchema.safeParse(input ?? {});
  return parsed.success ? parsed.data : DEFAULT_VIEW;
}
