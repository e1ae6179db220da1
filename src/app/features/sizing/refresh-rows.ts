// The engine's refresh advice as rows for the table: one per Smart-licensed candidate.
import type { Issue } from '../../../engine/index';
import { findModel } from '../../ui/display/model-info';
import type { SizingOrderLine, SizingReason } from './sizing-types';

export interface RefreshRow {
  id: string;
  model: string;
  modelName: string;
  order: SizingOrderLine[];
  lacks: SizingReason[];
  /** The engine says the model covers every need taken from the running license. */
  covers: boolean;
}

export interface RefreshView {
  error?: string;
  issues: Issue[];
  rows: RefreshRow[];
}

type Candidate = { model: string; tier?: string | null; covers?: boolean; order?: SizingOrderLine[]; lacks?: SizingReason[] };

export function refreshRows(advice: unknown): RefreshView {
  const a = advice as { error?: string; issues?: Issue[]; fits?: Candidate[]; candidates?: Candidate[] };
  if (typeof a?.error === 'string') return { error: a.error, issues: [], rows: [] };
  const list = a?.fits ?? a?.candidates ?? [];
  // Those that cover the running license first, in the engine's order within each group.
  return {
    issues: a?.issues ?? [],
    rows: list
      .map((c) => ({ id: `${c.model}:${c.tier ?? ''}`, model: c.model, modelName: findModel(c.model)?.name ?? c.model, order: c.order ?? [], lacks: c.lacks ?? [], covers: c.covers ?? true }))
      .sort((x, y) => Number(y.covers) - Number(x.covers)),
  };
}
