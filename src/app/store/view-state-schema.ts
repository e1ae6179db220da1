// The view's zod schema (loaded with the engine, after the first paint: see engine-loader/engine-runtime.ts).
import { z } from 'zod';
import { LIMITS } from '../../engine/plan/limits';
import { FEATURE_IDS } from '../../engine/types';
import { IN_STEP_FIELDS } from './unit-peers';
import { PROVENANCE_SOURCES } from './provenance-sources';

const compareSchema = z.object({
  a: z.string().max(80).optional().catch(undefined),
  b: z.string().max(80).optional().catch(undefined),
  date: z.iso.date().optional().catch(undefined),
  onlyChanges: z.boolean().catch(false),
});

const sortingSchema = z.array(z.object({ id: z.string().max(64), desc: z.boolean() })).max(8);

export const viewStateSchema = z.object({
  asOfDay: z.int().min(0).max(LIMITS.maxDay).catch(0),
  selectedUnit: z.int().min(0).max(63).catch(0),
  filterText: z.string().max(200).catch(''),
  filterSource: z.enum(['all', ...PROVENANCE_SOURCES]).catch('all'),
  cappedOnly: z.boolean().catch(false),
  sorting: sortingSchema.catch([]),
  /** The feature charted over time; unset: the first feature that changes. */
  chartFeature: z.enum(FEATURE_IDS).optional().catch(undefined),
  /** The unit whose keys the countdown chart draws ("*": every unit); unset: chosen by the plan's size. */
  chartUnit: z.string().max(80).optional().catch(undefined),
  /** "Same on every unit" turned off for these fields (a pair or cluster whose units legitimately differ there); unset: all in step. */
  differsPerUnit: z.array(z.enum(IN_STEP_FIELDS)).max(IN_STEP_FIELDS.length).optional().catch(undefined),
  /** The comparison view: two saved plans (by id) and the calendar date compared. */
  compare: compareSchema.optional().catch(undefined),
});
