// One saved plan record in this browser's storage, its versions and their migration chain.
// Restoring is tolerant (in the spirit of Excalidraw's data/restore.ts): defaults are filled,
// older records are migrated step by step, parts of the plan that cannot be placed are dropped
// and reported, and a record this version cannot read (a newer record, another plan format)
// is reported by name and never rewritten. Never throws.
import type { Plan } from '../../engine/index';
import { engine } from '../engine-loader/engine-runtime';
import { PLAN_FORMAT } from './plan-format';
import { sealedRecordText } from './sealed-record';
import type { ViewState } from '../store/view-state';

/**
 * Record versions:
 * - 0: the bare plan object (the shape of an exported file), with or without `format`.
 * - 1: `{ plan, view }`: app 0.1 saved this, without a version or a revision.
 * - 2: `{ version: 2, revision, plan, view }`: `revision` counts saved plan changes, so a tab
 *   can tell that another tab saved a newer plan (see persistence/autosave.ts).
 */
export const RECORD_VERSION = 2;

export interface SavedRecord {
  version: typeof RECORD_VERSION;
  revision: number;
  plan: Plan;
  view: ViewState;
}

export type RestoreResult =
  | { ok: true; record: SavedRecord; migratedFrom: number; dropped: string[] }
  /** `kept`: the record may be fine for another version of the app; it stays as it is. */
  | { ok: false; kept: boolean; messages: string[] };

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The version of a raw record: explicit, or guessed from its shape for records that had none. */
export function recordVersionOf(raw: Raw): number {
  if (raw.version !== undefined) return typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : NaN;
  if ('plan' in raw) return 1;
  return 0;
}

/** Each step takes a record of version n to version n + 1. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  0: (plan) => ({ plan, view: undefined }),
  1: (raw) => ({ version: 2, revision: 0, plan: raw.plan, view: raw.view }),
};

export function migrateRecord(raw: Raw): { raw: Raw; from: number } | { error: string; kept: boolean } {
  const from = recordVersionOf(raw);
  if (Number.isNaN(from) || from < 0) return { error: `Unknown record version (${String(raw.version).slice(0, 20)}); the saved plan is kept unchanged.`, kept: true };
  if (from > RECORD_VERSION)
    return { error: `Saved by a newer version of the planner (record version ${from}; this version reads up to ${RECORD_VERSION}). It is kept unchanged; open it with the newer version.`, kept: true };
  let out = raw;
  for (let v = from; v < RECORD_VERSION; v++) out = MIGRATIONS[v]!(out);
  return { raw: out, from };
}

/** Dropping one of these leaves a usable plan: list items and optional fields (defaults refill the rest). */
const OPTIONAL_TOP = new Set(['name', 'horizonDays', 'purchaseLeadDays']);
const OPTIONAL_UNIT = new Set(['software', 'partSuffix', 'noPayloadEncryption', 'memoryGB', 'vcpus', 'hypervisor']);
type Segment = string | number;

/** What to drop for a problem at `s`: the list item or optional field it belongs to, or nothing. */
export function dropTarget(s: Segment[]): Segment[] | undefined {
  if (s[0] === 'events' && typeof s[1] === 'number') return s.slice(0, 2);
  if (s[0] === 'secureClient') {
    if (s[1] === 'licenses' && typeof s[2] === 'number') return s.slice(0, 3);
    if (s[1] === 'demand' || s[1] === 'shared') return s.slice(0, 2);
    return undefined;
  }
  if (s[0] === 'deployment' && s[1] === 'failover' && s.length === 2) return s;
  if (s[0] === 'deployment' && s[1] === 'units' && typeof s[2] === 'number') {
    const rest = s.slice(3);
    if (rest[0] === 'timeBased' && typeof rest[1] === 'number') return s.slice(0, 5);
    if (rest.length === 1 && OPTIONAL_UNIT.has(String(rest[0]))) return s;
    if (rest[0] === 'permanent' && rest[1] === 'features' && rest.length === 3) return s;
    if (rest[0] === 'smart' && rest[1] === 'tokenDays' && rest.length === 2) return s;
    if (rest[0] === 'smart' && rest[1] === 'entitlements' && rest[2] === 'throughput' && rest.length === 3) return s;
    return undefined;
  }
  if (s.length === 1 && OPTIONAL_TOP.has(String(s[0]))) return s;
  return undefined;
}

/** `deployment.units[0].timeBased[2]` → ['deployment', 'units', 0, 'timeBased', 2]. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

const pathText = (s: Segment[]) => s.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc === '' ? p : `${acc}.${p}`), '');

function parentOf(root: unknown, s: Segment[]): unknown {
  let node = root;
  for (const p of s.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, p)) return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const MAX_ROUNDS = 20;

/**
 * Reads a stored plan, dropping what cannot be placed (a bad event, key or Secure Client
 * license; a bad optional field) until the rest reads. Refuses, with the engine's messages,
 * when a problem lies elsewhere (a unit's model, the start date) or the plan is too large.
 */
export function restorePlan(input: unknown): { ok: true; plan: Plan; dropped: string[] } | { ok: false; messages: string[]; kept: boolean } {
  if (isObject(input) && typeof input.format === 'string' && input.format !== PLAN_FORMAT) {
    const named = input.format.length > 60 ? `${input.format.slice(0, 57)}…` : input.format;
    return {
      ok: false,
      kept: true,
      messages: [`Plan format “${named}” is not one this version of the planner reads (it reads “${PLAN_FORMAT}”). The saved plan is kept unchanged in this browser’s storage.`],
    };
  }
  // Fill the one default the engine does not: a plan saved without its format line.
  let candidate: unknown = isObject(input) && input.format === undefined ? { ...input, format: PLAN_FORMAT } : input;
  const first = safeParse(candidate);
  if (first.ok) return { ok: true, plan: first.plan, dropped: [] };
  if (first.issues.some((i) => i.code !== 'plan-schema')) return { ok: false, kept: false, messages: first.issues.map((i) => i.message) };
  candidate = JSON.parse(JSON.stringify(candidate)) as unknown;
  const dropped: string[] = [];
  let issues = first.issues;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fieldDrops: Segment[][] = [];
    const itemDrops = new Map<string, { parent: unknown[]; indexes: Set<number> }>();
    for (const issue of issues) {
      const target = issue.path === undefined ? undefined : dropTarget(pathSegments(issue.path));
      const parent = target === undefined ? undefined : parentOf(candidate, target);
      const last = target?.[target.length - 1];
      if (target === undefined || last === undefined || typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, last)) {
        return { ok: false, kept: false, messages: first.issues.map((i) => i.message) };
      }
      const at = pathText(target);
      const value = (parent as Record<string | number, unknown>)[last];
      if (!dropped.some((d) => d.startsWith(`${at} `))) dropped.push(`${at} ${shortJson(value)} was dropped: ${issue.message}`);
      if (typeof last === 'number' && Array.isArray(parent)) {
        const key = pathText(target.slice(0, -1));
        const entry = itemDrops.get(key) ?? { parent, indexes: new Set<number>() };
        entry.indexes.add(last);
        itemDrops.set(key, entry);
      } else fieldDrops.push(target);
    }
    for (const target of fieldDrops) delete (parentOf(candidate, target) as Record<string, unknown>)[String(target[target.length - 1])];
    for (const { parent, indexes } of itemDrops.values()) {
      for (const i of [...indexes].sort((a, b) => b - a)) parent.splice(i, 1);
    }
    const next = safeParse(candidate);
    if (next.ok) return { ok: true, plan: next.plan, dropped };
    if (next.issues.some((i) => i.code !== 'plan-schema')) break;
    issues = next.issues;
  }
  return { ok: false, kept: false, messages: first.issues.map((i) => i.message) };
}

function safeParse(input: unknown): { ok: true; plan: Plan } | { ok: false; issues: { code: string; message: string; path?: string }[] } {
  try {
    const parsed = engine().parsePlan(input);
    return parsed.ok ? parsed : { ok: false, issues: parsed.issues };
  } catch (err) {
    return { ok: false, issues: [{ code: 'exception', message: `The plan could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

/** Restores a raw record (already JSON-parsed) of any known version. */
export function restoreRecord(input: unknown): RestoreResult {
  if (!isObject(input)) return { ok: false, kept: false, messages: ['Not a saved plan record.'] };
  const migrated = migrateRecord(input);
  if ('error' in migrated) return { ok: false, kept: migrated.kept, messages: [migrated.error] };
  const { raw, from } = migrated;
  const plan = restorePlan(raw.plan);
  if (!plan.ok) return { ok: false, kept: plan.kept, messages: plan.messages };
  const revision = typeof raw.revision === 'number' && Number.isSafeInteger(raw.revision) && raw.revision >= 0 ? raw.revision : 0;
  return { ok: true, record: { version: RECORD_VERSION, revision, plan: plan.plan, view: engine().restoreView(raw.view) }, migratedFrom: from, dropped: plan.dropped };
}

/**
 * The stored text: version and revision first, so a tab can read the revision without parsing the
 * plan; sealed when it can be (sealed-record.ts: a returning visit then opens it before the engine loads).
 */
export function recordText(revision: number, plan: Plan, view: ViewState): string {
  return sealedRecordText(RECORD_VERSION, revision, plan, view);
}

/**
 * The revision of a stored record's text: undefined when there is no record, 'unversioned'
 * for a record written without a revision (by app 0.1, or damaged).
 */
export function peekRevision(text: string | null): number | 'unversioned' | undefined {
  if (text === null) return undefined;
  const m = /^\{"version":\d+,"revision":(\d+)[,}]/.exec(text.slice(0, 64));
  if (m) return Number(m[1]);
  try {
    const raw = JSON.parse(text) as unknown;
    if (isObject(raw) && typeof raw.revision === 'number' && Number.isSafeInteger(raw.revision)) return raw.revision;
  } catch {
    // Damaged text: no revision.
  }
  return 'unversioned';
}

/** Whether a stored revision is newer than the one a tab holds (an unversioned record is, once the tab saved one). */
export function isNewerRevision(stored: number | 'unversioned' | undefined, held: number): stored is number | 'unversioned' {
  return stored === 'unversioned' ? held > 0 : stored !== undefined && stored > held;
}
