// The engine's sizing entry points (src/engine/index.ts: sizeDeployment, refreshAdvice). This module
// is reached only from the sizing page's lazy chunk, so the sizing code stays out of the initial bundle.
import * as engine from '../../../engine/index';
import type { SizingResult } from './sizing-types';

type Api = { sizeDeployment?: (needs: unknown) => SizingResult; refreshAdvice?: (plan: unknown, options?: unknown) => unknown };
const api = engine as unknown as Api;

export function sizeNeeds(needs: unknown): SizingResult | { error: string } {
  if (api.sizeDeployment === undefined) return { error: 'This build has no sizing engine yet.' };
  try {
    return api.sizeDeployment(needs);
  } catch (err) {
    return { error: `The sizing engine failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function adviseRefresh(plan: unknown): unknown {
  if (api.refreshAdvice === undefined) return { error: 'This build has no refresh advice yet.' };
  try {
    return api.refreshAdvice(plan);
  } catch (err) {
    return { error: `The refresh advice failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
