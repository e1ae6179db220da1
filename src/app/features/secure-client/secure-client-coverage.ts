// Chart data for Secure Client coverage, read off the engine's report: one point where each coverage
// stretch starts (the lines are drawn as steps), shaded areas for the gaps. Nothing is computed here
// that the report does not already say; values are only clipped to the plan's horizon.
import type { CoverageGap, CoverageStretch, ShortfallKind } from '../../../engine/secure-client/index';

export interface CoveragePoint {
  day: number;
  plusUsers: number;
  apexUsers: number;
  totalUsers: number;
  demandUsers: number | null;
  demandApexUsers: number | null;
  runnablePeers: number;
}

const point = (s: CoverageStretch, day: number): CoveragePoint => ({
  day,
  plusUsers: s.plusUsers,
  apexUsers: s.apexUsers,
  totalUsers: s.totalUsers,
  demandUsers: s.demandUsers,
  demandApexUsers: s.demandApexUsers,
  runnablePeers: s.runnablePeers,
});

/** One point per stretch starting within [0, horizon], and one at the horizon so the last step shows. */
export function coverageSeries(stretches: readonly CoverageStretch[], horizon: number): CoveragePoint[] {
  const shown = stretches.filter((s) => s.from <= horizon && (s.to === null || s.to > 0));
  const points = shown.map((s) => point(s, Math.max(0, s.from)));
  const last = shown[shown.length - 1];
  if (last !== undefined && Math.max(0, last.from) < horizon) points.push(point(last, horizon));
  return points;
}

/** The stretch in force on a day, if any. */
export function stretchOn(stretches: readonly CoverageStretch[], day: number): CoverageStretch | undefined {
  return stretches.find((s) => s.from <= day && (s.to === null || day < s.to));
}

export const GAP_LABEL: Readonly<Record<ShortfallKind, string>> = {
  'no-coverage': 'No license in force',
  'users-short': 'Fewer licensed users than the demand',
  'apex-users-short': 'Fewer Apex users than the demand',
  'sessions-short': 'Fewer sessions than the peak',
  'feature-unlicensed': 'A needed feature is not licensed',
};

export interface GapArea {
  kind: ShortfallKind;
  from: number;
  /** Exclusive, clipped to the horizon. */
  to: number;
  /** The band of users missing, when the gap is a count short of the demand; undefined: the full height. */
  y1?: number;
  y2?: number;
  shortBy: number | null;
  label: string;
}

/** The band between licensed and needed users over one stretch, for the kinds that have one. */
function band(kind: ShortfallKind, s: CoverageStretch | undefined): { y1: number; y2: number } | undefined {
  if (s === undefined) return undefined;
  const need = kind === 'apex-users-short' ? s.demandApexUsers : s.demandUsers;
  const have = kind === 'apex-users-short' ? s.apexUsers : kind === 'no-coverage' ? 0 : s.totalUsers;
  if ((kind !== 'users-short' && kind !== 'apex-users-short' && kind !== 'no-coverage') || need === null || need <= have) return undefined;
  return { y1: have, y2: need };
}

/**
 * The gaps within the horizon, clipped to it, for shading: a shortfall of users is split at the
 * stretch boundaries (growth moves the demand) and shades the band between licensed and needed
 * users; other gaps shade the full height.
 */
export function gapAreas(gaps: readonly CoverageGap[], horizon: number, stretches: readonly CoverageStretch[] = []): GapArea[] {
  const out: GapArea[] = [];
  for (const g of gaps) {
    const from = Math.max(0, g.from);
    const to = g.to === null ? horizon : Math.min(g.to, horizon);
    if (from >= horizon || to <= from) continue;
    const base = { kind: g.kind, shortBy: g.shortBy, label: GAP_LABEL[g.kind] };
    const cuts = [from, ...stretches.map((s) => s.from).filter((d) => d > from && d < to), to];
    const pieces = cuts.slice(0, -1).map((a, i) => ({ a, b: cuts[i + 1] ?? to, y: band(g.kind, stretchOn(stretches, a)) }));
    if (pieces.every((p) => p.y === undefined)) {
      out.push({ ...base, from, to });
      continue;
    }
    for (const p of pieces) out.push({ ...base, from: p.a, to: p.b, ...(p.y ?? {}) });
  }
  return out;
}

/** Whether the chart has anything to plot for the demand lines. */
export function hasDemandLine(points: readonly CoveragePoint[], key: 'demandUsers' | 'demandApexUsers'): boolean {
  return points.some((p) => p[key] !== null && p[key] !== 0);
}
