// 001 §"License PIDs": context licenses come in packs (5 and 10 on the 1100/2100/3100; 10, 230 and
// 250 on the 4100; 10 on the 9300) and "are additive; buy multiple licenses to meet your needs".
import type { ContextPack } from '../catalog/smart/types';

export interface PackCount {
  pid: string;
  contexts: number;
  count: number;
}

export interface PackChoice {
  packs: PackCount[];
  /** Contexts the packs add up to (at least the number needed). */
  total: number;
  packCount: number;
}

/**
 * The fewest packs that reach `needed` while buying at most one smallest pack's worth of contexts
 * more than needed; among equals, the smaller total. With 5- and 10-packs this is plain "fewest
 * packs"; on the 4100 (10, 230, 250) it keeps 20 contexts at 2 × 10 rather than one 230-pack.
 */
export function fewestContextPacks(packs: readonly ContextPack[], needed: number): PackChoice {
  if (needed <= 0 || packs.length === 0) return { packs: [], total: 0, packCount: 0 };
  const smallest = Math.min(...packs.map((p) => p.contexts));
  // Some multiple of the smallest pack always lies in [needed, needed + smallest].
  const top = needed + smallest;
  // best[t]: fewest packs adding up to exactly t contexts; from[t]: the last pack used.
  const best = new Array<number>(top + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(top + 1).fill(-1);
  best[0] = 0;
  for (let t = 1; t <= top; t++) {
    packs.forEach((p, i) => {
      if (p.contexts <= t && best[t - p.contexts]! + 1 < best[t]!) {
        best[t] = best[t - p.contexts]! + 1;
        from[t] = i;
      }
    });
  }
  let chosen = -1;
  for (let t = needed; t <= top; t++) if (Number.isFinite(best[t]!) && (chosen < 0 || best[t]! < best[chosen]!)) chosen = t;
  const counts = new Map<number, number>();
  for (let t = chosen; t > 0; t -= packs[from[t]!]!.contexts) counts.set(from[t]!, (counts.get(from[t]!) ?? 0) + 1);
  const result = [...counts.entries()].sort((a, b) => packs[b[0]]!.contexts - packs[a[0]]!.contexts).map(([i, count]) => ({ pid: packs[i]!.pid, contexts: packs[i]!.contexts, count }));
  return { packs: result, total: chosen, packCount: best[chosen]! };
}
