// The license tier of a PAK unit: from "This platform has a … license.", else from the rows whose
// table value differs between Base and Security Plus (VLANs, Failover, VPN Load Balancing, 10 GE I/O …).
import type { PakModel, TierSpec } from '../catalog/types';
import { FEATURES } from '../catalog/features';
import type { TierId } from '../types';
import { fitsTier, showValue, specOf } from './catalog-values';
import type { FeatureObservation, ImportIssue, TierLine } from './types';

export interface TierResolution {
  tier: TierSpec;
  issues: ImportIssue[];
}

function mismatches(tier: TierSpec, rows: readonly FeatureObservation[]): FeatureObservation[] {
  return rows.filter((r) => {
    const spec = specOf(tier, r.feature);
    return spec !== undefined && !fitsTier(spec, r.value);
  });
}

export function resolveTier(model: PakModel, rows: readonly FeatureObservation[], tierLines: readonly TierLine[]): TierResolution {
  const issues: ImportIssue[] = [];
  const tiers = Object.values(model.tiers);
  const base = model.tiers.base!;
  const line = tierLines.find((t) => t.block === 'own' && t.tier !== null) ?? tierLines.find((t) => t.tier !== null);
  const stated = line?.tier ?? null;
  // Rows printed from a time-based key say nothing about the tier.
  const permanentRows = rows.filter((r) => r.duration.kind !== 'days');

  if (tiers.length === 1) {
    if (stated === 'security-plus' && line) {
      issues.push({
        severity: 'warning',
        code: 'import-tier-not-offered',
        line: line.line,
        message: `line ${line.line}: the ${model.name} has one license tier (${model.cite}); "${line.text.trim()}" is read as its Base license`,
      });
    }
    return { tier: base, issues };
  }

  const byTier = new Map<TierId, FeatureObservation[]>(tiers.map((t) => [t.id, mismatches(t, permanentRows)]));
  if (stated && line) {
    const tier = model.tiers[stated]!;
    const other = tiers.find((t) => t.id !== stated)!;
    // Rows that fit neither tier are the table-mismatch warnings of readPermanent.
    for (const r of (byTier.get(stated) ?? []).filter((x) => !(byTier.get(other.id) ?? []).includes(x))) {
      const spec = specOf(tier, r.feature)!;
      issues.push({
        severity: 'warning',
        code: 'import-tier-conflict',
        line: r.line,
        message: `line ${r.line}: ${FEATURES[r.feature].label} ${showValue(r.value)} is the ${other.name} value (${model.name} ${tier.name}: ${showValue(spec.default)}), but line ${line.line} says "${line.text.trim()}"; the plan uses ${tier.name} and keeps the printed value as observed`,
        cite: spec.cite,
      });
    }
    return { tier, issues };
  }

  const fitting = tiers.filter((t) => (byTier.get(t.id) ?? []).length === 0);
  const telling = permanentRows.filter((r) => tiers.some((t) => (byTier.get(t.id) ?? []).includes(r)) && tiers.some((t) => !(byTier.get(t.id) ?? []).includes(r)));
  if (fitting.length === 1 && telling.length > 0) {
    const tier = fitting[0]!;
    issues.push({
      severity: 'info',
      code: 'import-tier-from-rows',
      line: telling[0]!.line,
      message: `the output has no "This platform has a … license." line; the ${tier.name} tier is read from ${telling.map((r) => `${FEATURES[r.feature].label} ${showValue(r.value)} (line ${r.line})`).join(', ')}`,
      cite: model.cite,
    });
    return { tier, issues };
  }
  const best = [...tiers].sort((a, b) => (byTier.get(a.id)?.length ?? 0) - (byTier.get(b.id)?.length ?? 0))[0]!;
  const tier = fitting.length === 0 ? best : base;
  issues.push({
    severity: 'warning',
    code: 'import-tier-assumed',
    message: `the output has no "This platform has a … license." line${fitting.length === 0 ? ' and its rows fit neither tier' : ' and no row tells Base from Security Plus'}; assumed the ${tier.name} license of the ${model.name} — paste show version or show activation-key to confirm`,
    cite: model.cite,
  });
  return { tier, issues };
}
