// What the user is looking at, as opposed to what they planned: saved with each plan and
// carried by share links, restored tolerantly (a bad field falls back to its default). The zod
// schema is in view-state-schema.ts, loaded with the engine after the first paint; `restoreView` is the
// engine chunk's (engine-loader/engine-deferred.ts: `engine().restoreView`).
import type { z } from 'zod';
import type { viewStateSchema } from './view-state-schema';

export { PROVENANCE_SOURCES } from './provenance-sources';

export type ViewState = z.output<typeof viewStateSchema>;
export type CompareSelection = NonNullable<ViewState['compare']>;
export type SourceFilter = ViewState['filterSource'];

export const DEFAULT_VIEW: ViewState = {
  asOfDay: 0,
  selectedUnit: 0,
  filterText: '',
  filterSource: 'all',
  cappedOnly: false,
  sorting: [],
};
