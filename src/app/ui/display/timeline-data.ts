// Chart series from the engine's results: no rule is computed here, only read and arranged.
import { catalog, type EvaluateResult, type FeatureId, type FeatureValue, type KeyStatus, type Segment } from '../../../engine/index';

export interface SampleOptions {
  /** Days to add to the samples. */
  extra?: readonly number[];
  /** At most this many days (evenly thinned beyond it; 0 and the horizon always kept). */
  maxPoints?: number;
  /** Only the events and keys of these units (and the events of no unit, such as a link down). */
  units?: ReadonlySet<string>;
}

/** Days at which to evaluate so that key countdowns draw exactly: each is linear between events. */
export function sampleDays(result: EvaluateResult, horizon: number, { extra = [], maxPoints = 400, units }: SampleOptions = {}): number[] {
  const days = new Set<number>([0, horizon, ...extra]);
  const add = (d: number) => {
    if (d >= 0 && d <= horizon) days.add(d);
  };
  const wanted = (unit: string | undefined) => units === undefined || unit === undefined || units.has(unit);
  for (const e of result.timeline.events) {
    if (!wanted(e.unit)) continue;
    add(e.day);
    add(e.day - 1);
  }
  for (const k of result.keys) {
    if (!wanted(k.unit)) continue;
    add(k.installDay);
    add(k.installDay - 1);
    if (k.expiresDay !== undefined) add(k.expiresDay);
  }
  // A key's countdown bends only at its own unit's events and the plan-wide ones; the combined
  // license's changes matter when every key is drawn.
  if (units === undefined) {
    for (const s of result.timeline.segments) {
      add(s.from);
      add(s.from - 1);
    }
  }
  const sorted = [...days].filter((d) => d >= 0 && d <= horizon).sort((a, b) => a - b);
  if (sorted.length <= maxPoints) return sorted;
  const step = sorted.length / maxPoints;
  const kept = new Set<number>([0, horizon]);
  for (let i = 0; i < sorted.length; i += step) kept.add(sorted[Math.floor(i)]!);
  return [...kept].sort((a, b) => a - b);
}

export const keySeriesId = (k: Pick<KeyStatus, 'unit' | 'key'>): string => `${k.unit}/${k.key}`;

/** Keys drawn as lines: those not merged into another key. */
export const chartedKeys = (result: Pick<EvaluateResult, 'keys'>): KeyStatus[] => result.keys.filter((k) => k.mergedInto === undefined);

export type KeyPoint = { day: number } & Record<string, number | null>;

/** Remaining days of every charted key (or of the given series ids) on each sampled day (null before it is installed). */
export function keyRemainingSeries(results: readonly Pick<EvaluateResult, 'at' | 'keys'>[], ids?: ReadonlySet<string>): KeyPoint[] {
  return results.map((r) => {
    const point: KeyPoint = { day: r.at } as KeyPoint;
    for (const k of chartedKeys(r)) {
      const id = keySeriesId(k);
      if (ids === undefined || ids.has(id)) point[id] = k.installed ? k.remainingDays : null;
    }
    return point;
  });
}

export type KeyTone = 'expired' | 'near' | 'ok' | 'inactive';

/** Near expiry: counting down with `nearDays` or fewer left. */
export function keyTone(k: KeyStatus, nearDays = 30): KeyTone {
  if (k.state === 'expired') return 'expired';
  if (k.state === 'inactive' || !k.installed) return 'inactive';
  return k.remainingDays <= nearDays ? 'near' : 'ok';
}

/** A feature's value as a number to plot, with the labels of its non-numeric levels. */
export interface FeatureScale {
  numeric: boolean;
  levels: readonly (string | boolean)[];
  toNumber: (v: FeatureValue | undefined) => number | null;
}

export function featureScale(feature: FeatureId): FeatureScale {
  const def = catalog.features[feature];
  if (def.kind === 'number') return { numeric: true, levels: [], toNumber: (v) => (typeof v === 'number' ? v : v === true ? 1 : v === false ? 0 : null) };
  const levels: readonly (string | boolean)[] = def.kind === 'toggle' ? [false, true] : (def.ranking ?? []);
  return {
    numeric: false,
    levels,
    toNumber: (v) => {
      if (v === undefined) return null;
      const i = levels.indexOf(v as string | boolean);
      return i < 0 ? null : i;
    },
  };
}

export interface FeaturePoint {
  day: number;
  value: number | null;
}

/** A step series of the running value over [0, horizon] from the result's segments. */
export function featureSeries(segments: readonly Segment[], feature: FeatureId, horizon: number): FeaturePoint[] {
  const scale = featureScale(feature);
  const points: FeaturePoint[] = [];
  for (const s of segments) {
    if (s.from > horizon) break;
    points.push({ day: s.from, value: scale.toNumber(s.running[feature]) });
  }
  const last = points[points.length - 1];
  if (last !== undefined && last.day < horizon) points.push({ day: horizon, value: last.value });
  return points;
}

/** Features that change value at least once over the horizon: the ones worth charting first. */
export function changingFeatures(segments: readonly Segment[]): FeatureId[] {
  const first = segments[0]?.running ?? {};
  const out = new Set<FeatureId>();
  for (const s of segments.slice(1)) {
    for (const [f, v] of Object.entries(s.running)) if (first[f as FeatureId] !== v) out.add(f as FeatureId);
  }
  return [...out];
}
