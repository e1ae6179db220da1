// What the catalog says one model (and PAK tier) can run, for the sizing rules: the feature rows,
// and the most a feature can reach on it. Read from the catalog, never copied.
import { ASAV_SPEC, SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import { PAK_MODELS } from '../catalog/pak/index';
import type { FeatureSpec, PakModel, TierSpec } from '../catalog/types';
import { PAK_MODEL_IDS, SMART_MODEL_IDS, TIER_IDS, type FeatureId } from '../types';

export type Candidate = { licensing: 'pak'; model: PakModel; tier: TierSpec } | { licensing: 'smart'; model: SmartModel; tier: null };

/** Every catalog model, PAK models once per tier. */
export function allCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const id of PAK_MODEL_IDS) {
    const model = PAK_MODELS[id];
    for (const t of TIER_IDS) {
      const tier = model.tiers[t];
      if (tier) out.push({ licensing: 'pak', model, tier });
    }
  }
  for (const id of SMART_MODEL_IDS) out.push({ licensing: 'smart', model: SMART_MODELS[id], tier: null });
  return out;
}

export function specOf(c: Candidate, feature: FeatureId): FeatureSpec | undefined {
  return c.licensing === 'pak' ? c.tier.features[feature] : c.model.features[feature];
}

export const candidateName = (c: Candidate): string => (c.licensing === 'pak' ? `${c.model.name} ${c.tier.name}` : c.model.name);

/** ASAv: a number feature at its highest throughput level (001 §"ASA Virtual" table). */
function asavMax(feature: FeatureId): number | undefined {
  const levels = Object.values(ASAV_SPEC.throughput);
  const pick: Partial<Record<FeatureId, (l: (typeof levels)[number]) => number>> = {
    'anyconnect-peers': (l) => l.anyconnectPeers,
    'other-vpn-peers': (l) => l.otherVpnPeers,
    'total-vpn-peers': (l) => l.totalVpnPeers,
    'uc-proxy-sessions': (l) => l.tlsProxySessions,
  };
  const f = pick[feature];
  if (f) return Math.max(...levels.map(f));
  const tiers = ASAV_SPEC.memoryTiers;
  if (feature === 'firewall-conns') return Math.max(...tiers.map((t) => t.firewallConns));
  if (feature === 'vlans') return Math.max(...tiers.map((t) => t.vlans));
  return undefined;
}

/** The most a number feature can reach on one unit of this model and tier; undefined when it has no number. */
export function numberMax(c: Candidate, feature: FeatureId): number | undefined {
  if (c.licensing === 'smart' && c.model.asav !== undefined) {
    const m = asavMax(feature);
    if (m !== undefined) return m;
  }
  if (c.licensing === 'smart' && feature === 'security-contexts' && c.model.contexts) return c.model.contexts.max;
  const spec = specOf(c, feature);
  if (spec === undefined) return undefined;
  const numbers = [spec.default, ...(spec.options ?? [])].filter((v): v is number => typeof v === 'number');
  if (spec.limit !== undefined) return spec.limit;
  if (spec.upTo !== undefined) return spec.upTo;
  return numbers.length > 0 ? Math.max(...numbers) : undefined;
}

/** Whether the model can have a feature at all (not "No support" without an option). */
export function supports(c: Candidate, feature: FeatureId): boolean {
  const spec = specOf(c, feature);
  if (spec === undefined) return c.licensing === 'smart' && c.model.asav !== undefined && asavMax(feature) !== undefined;
  return spec.default !== 'unsupported' || (spec.options ?? []).length > 0;
}

const FAMILIES_WITH = new Map<FeatureId, readonly string[]>();

/** The families whose models can enable a feature (for "Carrier: only on Firepower 4100, Firepower 9300"). */
export function familiesWith(feature: FeatureId): string[] {
  // The catalog does not change: read once per feature (a need set rules out up to 49 candidates on the same feature).
  let families = FAMILIES_WITH.get(feature);
  if (families === undefined) {
    const out = new Set<string>();
    for (const c of allCandidates()) {
      const spec = specOf(c, feature);
      if (spec && (spec.default === true || (spec.options ?? []).includes(true))) out.add(c.model.family);
    }
    FAMILIES_WITH.set(feature, (families = [...out]));
  }
  return [...families];
}
