// A link that reproduces the exact plan and view: both, as JSON compressed with lz-string,
// in the URL fragment (never sent to a server).
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressUriBounded } from './bounded-lz';
import type { Plan } from '../../engine/index';
import type { ViewState } from '../store/view-state';
import { engine } from '../engine-loader/engine-runtime';
import { readPlan } from './plan-io';

const PREFIX = '#share=';
/** A real plan compresses to a few KB; anything far larger is refused before decompressing. */
export const MAX_SHARE_CHARS = 2_000_000;
const MAX_SHARE_JSON_CHARS = 8_000_000;

/** The two plans of the comparison view, carried along when the link is made from that view. */
export interface SharedComparison {
  a: Plan;
  b: Plan;
}

export function encodeShare(plan: Plan, view: ViewState, compare?: SharedComparison): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify({ v: 1, plan, view, ...(compare ? { compare } : {}) }));
}

/** `base` keeps its path and query (the page shown, `?view=…`); the fragment carries plan and view. */
export function shareUrl(base: string, plan: Plan, view: ViewState, compare?: SharedComparison): string {
  const url = new URL(base);
  url.hash = encodeShare(plan, view, compare).slice(1);
  return url.toString();
}

export type ShareReadResult = { kind: 'none' } | { kind: 'ok'; plan: Plan; view: ViewState; compare?: SharedComparison } | { kind: 'bad'; messages: string[] };

/** Both compared plans, or nothing when either is missing or unreadable (the view then shows its picker). */
function readComparison(input: unknown): SharedComparison | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { a, b } = input as { a?: unknown; b?: unknown };
  const ra = readPlan(a);
  const rb = readPlan(b);
  return ra.ok && rb.ok ? { a: ra.plan, b: rb.plan } : undefined;
}

/** Reads a fragment such as `#share=…`; anything else is `none`. */
export function decodeShare(hash: string): ShareReadResult {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  if (hash.length > MAX_SHARE_CHARS) return { kind: 'bad', messages: [`The shared link is too long (${hash.length} characters; at most ${MAX_SHARE_CHARS}): it cannot be a plan.`] };
  // Decoded with a bound checked as the text grows: a link can unpack to the square of its length.
  const json = decompressUriBounded(hash.slice(PREFIX.length), MAX_SHARE_JSON_CHARS);
  if (json === 'too-large')
    return { kind: 'bad', messages: [`The shared link unpacks to more than ${MAX_SHARE_JSON_CHARS.toLocaleString('en-US')} characters, more than any plan has; it was not opened.`] };
  if (!json) return { kind: 'bad', messages: ['The shared link is damaged: its data could not be decompressed.'] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'bad', messages: ['The shared link is damaged: its data is not JSON.'] };
  }
  const body = (data ?? {}) as { plan?: unknown; view?: unknown; compare?: unknown };
  const read = readPlan(body.plan);
  if (!read.ok) return { kind: 'bad', messages: read.messages };
  const compare = body.compare === undefined ? undefined : readComparison(body.compare);
  return { kind: 'ok', plan: read.plan, view: engine().restoreView(body.view), ...(compare ? { compare } : {}) };
}
