// Which two saved plans the comparison shows: the ones picked, while they exist; otherwise the
// current plan against the most recently saved other plan.
import type { SavedPlanMeta } from '../../persistence/storage';
import type { CompareSelection } from '../../store/view-state';

export interface ComparePair {
  a: string;
  b: string;
}

export function resolveComparePair(selection: CompareSelection | undefined, currentId: string, saved: readonly SavedPlanMeta[]): ComparePair {
  const exists = (id: string | undefined): id is string => id !== undefined && saved.some((p) => p.id === id);
  const a = exists(selection?.a) ? selection.a : currentId;
  if (exists(selection?.b)) return { a, b: selection.b };
  const other = [...saved].sort((x, y) => y.updatedAt - x.updatedAt).find((p) => p.id !== a);
  return { a, b: other?.id ?? a };
}
