// A link that reproduces the exact plan and view: both, as JSON compressed with lz-string,
// in the URL fragment (never sent to a server).
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Plan } from '../../engine/index';
import { restoreView, type ViewState } from '../store/view-state';
import { readPlan } from './plan-io';

const PREFIX = '#share=';
/** A real plan compresses to a few KB; anything far larger is refused before decompressing. */
export const MAX_SHARE_CHARS = 2_000_000;
const MAX_SHARE_JSON_CHARS = 8_000_000;

export function encodeShare(plan: Plan, view: ViewState): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify({ v: 1, plan, view }));
}

export function shareUrl(base: string, plan: Plan, view: ViewState): string {
  const url = new URL(base);
  url.hash = encodeShare(plan, view).slice(1);
  return url.toString();
}

export type ShareReadResult = { kind: 'none' } | { kind: 'ok'; plan: Plan; view: ViewState } | { kind: 'bad'; messages: string[] };

/** Reads a fragment such as `#share=…`; anything else is `none`. */
export function decodeShare(hash: string): ShareReadResult {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  if (hash.length > MAX_SHARE_CHARS) return { kind: 'bad', messages: [`The shared link is too long (${hash.length} characters; at most ${MAX_SHARE_CHARS}): it cannot be a plan.`] };
  let json: string | null = null;
  try {
    json = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
  } catch {
    json = null;
  }
  if (!json) return { kind: 'bad', messages: ['The shared link is damaged: its data could not be decompressed.'] };
  if (json.length > MAX_SHARE_JSON_CHARS) return { kind: 'bad', messages: ['The shared link unpacks to more data than any plan has.'] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'bad', messages: ['The shared link is damaged: its data is not JSON.'] };
  }
  const body = (data ?? {}) as { plan?: unknown; view?: unknown };
  const read = readPlan(body.plan);
  if (!read.ok) return { kind: 'bad', messages: read.messages };
  return { kind: 'ok', plan: read.plan, view: restoreView(body.view) };
}
