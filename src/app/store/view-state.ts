// What the user is looking at, as opposed to what they planned: saved with each plan and
// carried by share links, restored tolerantly (a bad field falls back to its default).
import { z } from 'zod';
import { FEATURE_IDS } from '../../engine/index';

export const PROVENANCE_SOURCES = ['model', 'permanent', 'time-based', 'combined', 'smart'] as const;

const compareSchema = z.object({
  a: z.string().max(80).optional().catch(undefined),
  b: z.string().max(80).optional().catch(undefined),
  date: z.iso.date().optional().catch(undefined),
  onlyChanges: z.boolean().catch(false),
});
export type CompareSelection = z.output<typeof compareSchema>;

const sortingSchema = z.array(z.object({ id: z.string().max(64), desc: z.boolean() })).max(8);

export const viewStateSchema = z.object({
  asOfDay: z.int().min(0).max(36_600).catch(0),
  selectedUnit: z.int().min(0).max(63).catch(0),
  filterText: z.string().max(200).catch(''),
  filterSource: z.enum(['all', ...PROVENANCE_SOURCES]).catch('all'),
  cappedOnly: z.boolean().catch(false),
  sorting: sortingSchema.catch([]),
  /** The feature charted over time; unset: the first feature that changes. */
  chartFeature: z.enum(FEATURE_IDS).optional().catch(undefined),
  /** The unit whose keys the countdown chart draws ("*": every unit); unset: chosen by the plan's size. */
  chartUnit: z.string().max(80).optional().catch(undefined),
  /** The comparison view: two saved plans (by id) and the calendar date compared. */
  compare: compareSchema.optional().catch(undefined),
});

export type ViewState = z.output<typeof viewStateSchema>;
export type SourceFilter = ViewState['filterSource'];

export const DEFAULT_VIEW: ViewState = {
  asOfDay: 0,
  selectedUnit: 0,
  filterText: '',
  filterSource: 'all',
  cappedOnly: false,
  sorting: [],
};

/** Never throws: anything unreadable becomes the default view. */
export function restoreView(input: unknown): ViewState {
  const parsed = viewStateSchema.safeParse(input ?? {});
  return parsed.success ? parsed.data : DEFAULT_VIEW;
}
