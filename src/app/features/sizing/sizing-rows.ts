// One row per catalog model and tier of the engine's sizing result, fits first in the engine's
// rank, for the comparison table. Presentation only: fits, headroom, orders and reasons are the
// engine's; the platform limit's citation is read off the catalog entry for the model and tier.
import type { FeatureId } from '../../../engine/index';
import { FEATURES } from '../../../engine/catalog/features';
import { findModel } from '../../ui/display/model-info';
import type { SizingFit, SizingOrderLine, SizingReason, SizingResult } from './sizing-types';

export interface HeadroomCell {
  feature: string;
  label: string;
  /** What the fit runs for the need. */
  running: string;
  headroom: number;
  cite: string | undefined;
}

export interface SizingRow {
  id: string;
  model: string;
  modelName: string;
  tier: string | null;
  tierName: string;
  licensing: 'pak' | 'smart' | null;
  /** 1-based rank among the fits; null for a model ruled out. */
  rank: number | null;
  purchases: number;
  order: SizingOrderLine[];
  headroom: HeadroomCell[];
  reasons: SizingReason[];
  fit: SizingFit | null;
}

const label = (f: string): string => (FEATURES as Partial<Record<string, { label: string }>>)[f]?.label ?? f;

function limitCite(model: string, tier: string | null, feature: string): string | undefined {
  const m = findModel(model);
  const t = m?.tiers[(tier ?? 'base') as 'base'] ?? m?.tiers.base;
  return t?.features[feature as FeatureId]?.cite ?? m?.cite;
}

function tierName(model: string, tier: string | null): string {
  if (tier === null) return '—';
  return findModel(model)?.tiers[tier as 'base']?.name ?? tier;
}

const show = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('en-US') : v === true ? 'Enabled' : v === false ? 'Disabled' : String(v ?? '—'));

export function sizingRows(result: SizingResult): SizingRow[] {
  const fits = result.fits.map((fit, i): SizingRow => ({
    id: `fit:${fit.model}:${fit.tier ?? ''}`,
    model: fit.model,
    modelName: findModel(fit.model)?.name ?? fit.model,
    tier: fit.tier,
    tierName: tierName(fit.model, fit.tier),
    licensing: fit.licensing,
    rank: i + 1,
    purchases: fit.order.reduce((s, l) => s + l.quantity, 0),
    order: fit.order,
    headroom: Object.entries(fit.headroom).map(([feature, headroom]) => ({
      feature,
      label: label(feature),
      running: show(fit.running[feature]),
      headroom,
      cite: limitCite(fit.model, fit.tier, feature),
    })),
    reasons: [],
    fit,
  }));
  const out = result.ruledOut.map((r): SizingRow => ({
    id: `out:${r.model}:${r.tier ?? ''}`,
    model: r.model,
    modelName: findModel(r.model)?.name ?? r.model,
    tier: r.tier,
    tierName: tierName(r.model, r.tier),
    licensing: findModel(r.model)?.licensing ?? null,
    rank: null,
    purchases: 0,
    order: [],
    headroom: [],
    reasons: r.reasons,
    fit: null,
  }));
  return [...fits, ...out];
}

/** "3 × L-FPR4K-ASASC-10=; 3 × L-FPR4K-ASA-CAR=" */
export const orderText = (order: readonly SizingOrderLine[]): string => (order.length === 0 ? 'nothing beyond the hardware' : order.map((l) => `${l.quantity} × ${l.pid}`).join('; '));
