// The saved record the app was showing when it failed: its plan's name, its raw text, and a way
// to have it read again through the engine's validation (the seal removed, nothing else changed).
import { INDEX_KEY, parseIndex, planKey } from './storage';

export interface DamagedRecord {
  id: string;
  name: string;
  text: string;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function currentRecord(): DamagedRecord | undefined {
  const s = storage();
  if (s === undefined) return undefined;
  try {
    const index = parseIndex(JSON.parse(s.getItem(INDEX_KEY) ?? '{}'));
    const id = index?.currentId ?? index?.plans[0]?.id;
    if (id === undefined) return undefined;
    const text = s.getItem(planKey(id));
    if (text === null) return undefined;
    let name = 'Untitled plan';
    try {
      const raw = JSON.parse(text) as { plan?: { name?: unknown } };
      if (typeof raw.plan?.name === 'string') name = raw.plan.name.slice(0, 200);
    } catch {
      // Not JSON: the name stays unknown.
    }
    return { id, name, text };
  } catch {
    return undefined;
  }
}

/** Rewrites the record without its seal, so that the next load validates it (and reports what is wrong). */
export function unseal(record: DamagedRecord): boolean {
  const s = storage();
  if (s === undefined) return false;
  const unsealed = record.text.replace(/^(\{"version":\d+,"revision":\d+),"seal":"[^"]*"/, '$1');
  if (unsealed === record.text) return false;
  s.setItem(planKey(record.id), unsealed);
  return true;
}
