// The evaluate result for one day, read off a plan analysis (no simulation).
import type { CombinedStretch, PlanAnalysis } from './analyze-plan';
import { dateOfDay } from './dates';
import type { EvaluateResult, KeyStatus } from './result';
import type { SimKeyResult } from './timeline/pak-simulation';
import type { License } from './types';
import { lastStartingBy, provenanceOf, stretchAt } from './unit-timeline';

export function keyStatusAt(key: SimKeyResult, at: number): KeyStatus {
  const base = {
    unit: key.unit,
    key: key.id,
    installDay: key.installDay,
    features: key.features as License,
    evaluation: key.evaluation,
    ...(key.mergedInto ? { mergedInto: key.mergedInto } : {}),
    ...(key.stacked.length ? { stacked: key.stacked } : {}),
    ...(key.expiredDay !== null ? { expiresDay: key.expiredDay } : {}),
  };
  if (at < key.installDay) return { ...base, state: 'inactive', remainingDays: key.days, counting: false, installed: false };
  const p = lastStartingBy(key.history, at, (point) => point.day);
  const remaining = p.counting ? Math.max(0, p.remaining - (at - p.day)) : p.remaining;
  const state = p.expired || remaining === 0 ? 'expired' : p.active ? 'active' : 'inactive';
  return { ...base, state, remainingDays: state === 'expired' ? 0 : remaining, counting: p.counting && state !== 'expired', installed: p.installed };
}

const combinedAt = (combined: CombinedStretch[], at: number): CombinedStretch => lastStartingBy(combined, at, (c) => c.from);

export function resultAt(analysis: PlanAnalysis, at: number): EvaluateResult {
  const plan = analysis.plan;
  const horizonDays = plan?.horizonDays ?? 0;
  if (!plan) {
    return { renewals: [], valid: false, format: 'asa-license-plan/1', at, issues: analysis.issues, running: {}, units: {}, provenance: { running: {}, units: {} }, keys: [], timeline: { horizonDays, events: [], segments: [] } };
  }
  const segment = combinedAt(analysis.combined, at);
  const units: EvaluateResult['units'] = {};
  const unitProvenance: EvaluateResult['provenance']['units'] = {};
  for (const id of analysis.unitIds) {
    const s = stretchAt(analysis.unitStretches[id]!, at);
    units[id] = s.license;
    unitProvenance[id] = provenanceOf(s);
  }
  return {
    valid: analysis.valid,
    format: 'asa-license-plan/1',
    at,
    date: dateOfDay(plan.startDate, at),
    issues: analysis.issues,
    running: segment.running,
    units,
    provenance: { running: provenanceOf(segment), units: unitProvenance },
    keys: analysis.keys.map((k) => keyStatusAt(k, at)),
    timeline: {
      horizonDays,
      events: analysis.events,
      segments: analysis.combined.map((c) => ({ from: c.from, to: c.to, running: c.running })),
    },
    ...(analysis.billOfMaterials ? { billOfMaterials: analysis.billOfMaterials } : {}),
    ...(analysis.secureClient ? { secureClient: analysis.secureClient } : {}),
    renewals: analysis.lapses,
  };
}
