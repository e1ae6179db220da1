// Saved records this build can open before its engine loads. A returning visit would otherwise
// wait for the engine and zod to validate the saved plan before the first paint (src/main.tsx).
//
// When the engine is loaded, a record is written "sealed": its plan and view are the ones
// reading it back would give (the engine's parse of the plan, checked to read back unchanged;
// the restored view, likewise), and a seal names this build's reading rules and hashes the
// text. Opening a sealed record of this build is then a JSON.parse: it gives exactly what
// restoreRecord gives, without the engine. Anything else (another build, an edited text, an
// older record) is read the long way, through restoreRecord.
import type { Plan } from '../../engine/index';
import type { ViewState } from '../store/view-state';
import { engine, engineLoaded } from '../engine-loader/engine-runtime';
import { canonicalReading } from './plan-reading';

/** This build's reading rules (scripts/record-seal.ts, set by vite.config.ts and vitest.config.ts). */
export const RECORD_SEAL: string = __RECORD_SEAL__;

/** Plans and views known to read back unchanged: checked by the engine, or opened from a sealed record. */
const readBackPlans = new WeakSet<Plan>();
const readBackViews = new WeakSet<object>();

function canonicalPlan(plan: Plan): Plan | undefined {
  if (readBackPlans.has(plan)) return plan;
  if (!engineLoaded()) return undefined;
  const canonical = canonicalReading(plan);
  if (canonical !== undefined) readBackPlans.add(canonical);
  return canonical;
}

function canonicalView(view: ViewState): ViewState | undefined {
  if (readBackViews.has(view)) return view;
  if (!engineLoaded()) return undefined;
  const { restoreView } = engine();
  const once = restoreView(view);
  if (JSON.stringify(restoreView(once)) !== JSON.stringify(once)) return undefined;
  readBackViews.add(once);
  return once;
}

/** cyrb53: a fast 53-bit string hash (public domain, bryc); enough to tell an edited text. */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The record's text, sealed when its plan and view can be written as they read back (see above);
 * otherwise as before, to be read through the engine. Version and revision come first
 * (peekRevision reads them without parsing the plan).
 */
export function sealedRecordText(version: number, revision: number, plan: Plan, view: ViewState, seal: string = RECORD_SEAL): string {
  const p = canonicalPlan(plan);
  const v = p === undefined ? undefined : canonicalView(view);
  if (p === undefined || v === undefined) return JSON.stringify({ version, revision, plan, view });
  const body = JSON.stringify({ plan: p, view: v }).slice(1);
  return `{"version":${version},"revision":${revision},"seal":"${seal}:${textHash(body)}",${body}`;
}

const SEALED = /^\{"version":(\d+),"revision":(\d{1,16}),"seal":"([0-9a-z]{1,32}):([0-9a-z]{1,16})",/;

/** A record this build sealed, opened without the engine; undefined for any other text. */
export function openSealedRecord(text: string | null, version: number, seal: string = RECORD_SEAL): { revision: number; plan: Plan; view: ViewState } | undefined {
  if (text === null) return undefined;
  const m = SEALED.exec(text.slice(0, 120));
  if (m === null || Number(m[1]) !== version || m[3] !== seal) return undefined;
  const revision = Number(m[2]);
  if (!Number.isSafeInteger(revision) || textHash(text.slice(m[0].length)) !== m[4]) return undefined;
  let raw: { plan?: unknown; view?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch {
    return undefined;
  }
  if (typeof raw.plan !== 'object' || raw.plan === null || typeof raw.view !== 'object' || raw.view === null) return undefined;
  const plan = raw.plan as Plan;
  const view = raw.view as ViewState;
  readBackPlans.add(plan);
  readBackViews.add(view);
  return { revision, plan, view };
}
