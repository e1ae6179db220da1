// Why a candidate cannot run a need, in words, with the catalog row or the engine's issue that says so.
import { featureLabel } from '../catalog/features';
import type { FeatureId, FeatureValue, Issue } from '../types';
import { candidateName, familiesWith, numberMax, specOf, supports, type Candidate } from './model-specs';
import type { Running } from './need-check';
import type { Reason } from './types';

const SPEC = 'plan-format.md §"Sizing"';
const shown = (v: FeatureValue | undefined): string => (v === undefined ? 'nothing' : typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

export function reasonFor(c: Candidate, feature: FeatureId, need: FeatureValue, running: Running, units: number): Reason {
  const label = featureLabel(feature);
  const name = candidateName(c);
  const cite = specOf(c, feature)?.cite ?? c.model.cite;
  if (!supports(c, feature)) {
    const families = need === true ? familiesWith(feature) : [];
    const where = families.length > 0 ? ` (only on ${families.join(', ')})` : '';
    return { feature, message: `${label}: not available on the ${name}${where}`, cite };
  }
  if (typeof need === 'number') {
    const max = numberMax(c, feature);
    if (max !== undefined && max < need)
      return { feature, message: `${label}: the ${name} runs at most ${shown(max)}${units > 1 ? ' (the platform limit caps the combined value)' : ''}; ${shown(need)} needed`, cite };
  }
  return { feature, message: `${label}: the plan reaches ${shown(running[feature])}, ${shown(need)} needed`, cite };
}

/** The evaluation's errors: the deployment asked for cannot be built on this model as drawn. */
export function errorReasons(issues: readonly Issue[]): Reason[] {
  // One reason per rule: a cluster's units repeat the same error each.
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const i of issues) {
    if (i.severity !== 'error' || seen.has(i.code)) continue;
    seen.add(i.code);
    out.push({ feature: i.feature ?? 'deployment', message: i.message, cite: i.cite ?? SPEC });
  }
  return out.slice(0, 5);
}

/** Features whose combined value a pair or cluster caps at one unit's platform limit (000 §"How Failover or ASA Cluster Licenses Combine"). */
const CAPPED: readonly FeatureId[] = ['security-contexts', 'anyconnect-peers', 'other-vpn-peers', 'total-vpn-peers', 'uc-proxy-sessions'];

/** What the catalog alone rules out, before any evaluation: a feature the model does not have, a number over its limit. */
export function catalogReasons(c: Candidate, needs: Partial<Record<FeatureId, FeatureValue>>, units: number): Reason[] {
  const out: Reason[] = [];
  for (const [f, v] of Object.entries(needs) as [FeatureId, FeatureValue][]) {
    const unsupported = v !== false && !supports(c, f);
    const max = typeof v === 'number' ? numberMax(c, f) : undefined;
    const over = max !== undefined && typeof v === 'number' && max < v && (units === 1 || CAPPED.includes(f));
    if (unsupported || over) out.push(reasonFor(c, f, v, {}, units));
  }
  return out;
}
