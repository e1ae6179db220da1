// What the user is looking at, as opposed to what they planned: saved with each plan and
// carried by share links, restored tolerantly (a bad field falls back to its default). The zod
// schema is in view-state-schema.ts, loaded with the engine after the first paint.
import type { z } from 'zod';
import { engine } from '../lib/engine-runtime';
import type { viewStateSchema } from './view-state-schema';

export const PROVENANCE_SOURCES = ['model', 'permanent', 'time-based', 'combined', 'smart'] as const;

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

/** Never throws: anything unreadable becomes the default view (the engine must be loaded). */
export function restoreView(input: unknown): ViewState {
  return engine().restoreView(input);
}
