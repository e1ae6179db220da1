// The evaluate result for one day, read off a plan analysis (no simulation).
import type { CombinedStretch, PlanAnalysis } from './analyze-plan';
import { dateOfDay } from './dates';
import type { EvaluateResult, KeyStatus, KeyTimer, Segment } from './result';
import type { SimKeyResult } from './timeline/pak-simulation';
import { ACTIVE, COUNTING, EXPIRED, INSTALLED, WAITING, keyPointAt } from './timeline/key-history';
import type { License } from './types';
import type { BrokenStretch } from './rules/requirements-over-time';
import { lastStartingBy, provenanceOf, stretchAt } from './unit-timeline';

export function keyStatusAt(key: SimKeyResult, at: number): KeyStatus {
  const h = key.history;
  const p = at < key.installDay ? -1 : keyPointAt(h, at);
  let state: KeyStatus['state'] = 'inactive';
  let remainingDays = key.days;
  let counting = false;
  let installed = false;
  let timer: KeyTimer = 'stopped';
  if (p >= 0) {
    const flags = h[p + 2]!;
    const runs = (flags & COUNTING) !== 0;
    const remaining = runs ? Math.max(0, h[p + 1]! - (at - h[p]!)) : h[p + 1]!;
    state = flags & EXPIRED || remaining === 0 ? 'expired' : flags & ACTIVE ? 'active' : 'inactive';
    remainingDays = state === 'expired' ? 0 : remaining;
    counting = runs && state !== 'expired';
    installed = (flags & INSTALLED) !== 0;
    if (state === 'active') timer = counting ? 'counting' : flags & WAITING ? 'waiting' : 'paused';
  }
  // Every field but the optional three in one literal: one hidden class for all keys' statuses.
  const status: KeyStatus = {
    unit: key.unit,
    key: key.id,
    installDay: key.installDay,
    features: key.features as License,
    evaluation: key.evaluation,
    state,
    remainingDays,
    counting,
    timer,
    installed,
  };
  if (key.mergedInto) status.mergedInto = key.mergedInto;
  if (key.stacked.length) status.stacked = key.stacked;
  if (key.expiredDay !== null) status.expiresDay = key.expiredDay;
  return status;
}

/** The timeline's segments do not depend on the day asked: built once per analysis and shared by its results. */
const segmentsCache = new WeakMap<PlanAnalysis, Segment[]>();
function segmentsOf(analysis: PlanAnalysis): Segment[] {
  let segments = segmentsCache.get(analysis);
  if (!segments) segmentsCache.set(analysis, (segments = analysis.combined.map((c) => ({ from: c.from, to: c.to, running: c.running }))));
  return segments;
}

const combinedAt = (combined: CombinedStretch[], at: number): CombinedStretch => lastStartingBy(combined, at, (c) => c.from);

/** The combined running license on one day: resultAt's `running`, without building the rest of the result (no provenance, key statuses or dates). */
export const runningAt = (analysis: PlanAnalysis, at: number): License => (analysis.plan ? combinedAt(analysis.combined, at).running : {});

export function resultAt(analysis: PlanAnalysis, at: number): EvaluateResult {
  const plan = analysis.plan;
  const horizonDays = plan?.horizonDays ?? 0;
  if (!plan) {
    return {
      renewals: [],
      valid: false,
      format: 'asa-license-plan/1',
      at,
      issues: analysis.issues,
      running: {},
      units: {},
      provenance: { running: {}, units: {} },
      keys: [],
      timeline: { horizonDays, events: [], segments: [] },
    };
  }
  const segment = combinedAt(analysis.combined, at);
  const broken = brokenAt(analysis, at);
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
    provenance: { running: broken ? markBroken(provenanceOf(segment), broken) : provenanceOf(segment), units: unitProvenance },
    keys: analysis.keys.map((k) => keyStatusAt(k, at)),
    timeline: {
      horizonDays,
      events: analysis.events,
      segments: segmentsOf(analysis),
    },
    ...(analysis.billOfMaterials ? { billOfMaterials: analysis.billOfMaterials } : {}),
    ...(analysis.secureClient ? { secureClient: analysis.secureClient } : {}),
    renewals: analysis.lapses,
    ...(broken ? { deploymentBroken: { from: broken.from, to: broken.to, reasons: broken.reasons, cite: broken.cite } } : {}),
  };
}

/**
 * Some keys' statuses on each of several days (a chart's samples), each the same as resultAt's for
 * that key and day: only the keys asked for are read, so charting 30 keys of a 2,000-key plan on
 * 400 days costs 12,000 key readings, not 800,000.
 */
export function keyStatusesOn(analysis: PlanAnalysis, days: readonly number[], wanted: (unit: string, key: string) => boolean): Pick<EvaluateResult, 'at' | 'keys'>[] {
  const keys = analysis.plan ? analysis.keys.filter((k) => wanted(k.unit, k.id)) : [];
  return days.map((at) => ({ at, keys: keys.map((k) => keyStatusAt(k, at)) }));
}

/** The broken stretch of a pair or cluster that covers `at`, if any (requirements-over-time.ts). */
function brokenAt(analysis: PlanAnalysis, at: number): BrokenStretch | undefined {
  for (const b of analysis.broken) if (b.from <= at && (b.to === null || at < b.to)) return b;
  return undefined;
}

/** The combined license read while the requirements are not met says so on every feature. */
function markBroken(provenance: ReturnType<typeof provenanceOf>, b: BrokenStretch): ReturnType<typeof provenanceOf> {
  const out: ReturnType<typeof provenanceOf> = {};
  const note = `the failover pair or cluster is broken from day ${b.from}${b.to === null ? '' : ` to day ${b.to}`} (${b.reasons.join('; ')}): this combined license does not run`;
  for (const [f, p] of Object.entries(provenance) as [keyof typeof provenance, NonNullable<(typeof provenance)[keyof typeof provenance]>][])
    out[f] = { ...p, rule: `${p.rule} — ${note}`, cite: `${p.cite}; ${b.cite}` };
  return out;
}
