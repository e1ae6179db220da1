// Two plans side by side: what differs in the running license on one calendar date, and which
// key expiries, lapses and order-by dates differ over time. Everything compared is read off the
// engine's two results (running license, keys, renewals); no license rule is applied here.
import { catalog, FEATURE_IDS, LIMITS, type EvaluateResult, type FeatureId, type FeatureValue, type KeyStatus, type Plan, type Severity } from '../../../engine/index';
import { dateToDay, dayToDate } from '../../ui/display/dates';
import { formatValue } from '../../ui/display/format-value';
import type { Lapse } from '../../ui/display/renewals';

export interface DiffSide {
  plan: Plan;
  /** The engine's result on the compared date (`dayFor`). */
  result: EvaluateResult;
}

/** The plan's day number for a calendar date, kept within what the engine can be asked. */
export function dayFor(plan: Pick<Plan, 'startDate'>, isoDate: string): number {
  const day = dateToDay(plan.startDate, isoDate) ?? 0;
  return Math.min(Math.max(0, day), LIMITS.maxDay);
}

export interface FeatureDiff {
  feature: FeatureId;
  label: string;
  a: FeatureValue | undefined;
  b: FeatureValue | undefined;
  changed: boolean;
}

export type TimelineDiffKind = 'lapse' | 'order-by' | 'key-expiry' | 'key-only-a' | 'key-only-b';

export interface TimelineDiff {
  kind: TimelineDiffKind;
  feature?: FeatureId;
  /** unit/key */
  key?: string;
  aDate?: string;
  bDate?: string;
  message: string;
}

export type IssueCounts = Record<Severity, number>;

export interface PlanDiff {
  running: FeatureDiff[];
  changedCount: number;
  timeline: TimelineDiff[];
  valid: { a: boolean; b: boolean };
  issues: { a: IssueCounts; b: IssueCounts };
}

/** Every feature either running license has, in catalog order, with both values. */
export function diffRunning(a: EvaluateResult['running'], b: EvaluateResult['running']): FeatureDiff[] {
  return FEATURE_IDS.filter((f) => a[f] !== undefined || b[f] !== undefined).map((feature) => ({
    feature,
    label: catalog.features[feature].label,
    a: a[feature],
    b: b[feature],
    changed: a[feature] !== b[feature],
  }));
}

const labelOf = (f: FeatureId): string => catalog.features[f].label;

function lapsesByFeature(side: DiffSide): Map<FeatureId, Lapse[]> {
  const out = new Map<FeatureId, Lapse[]>();
  for (const l of side.result.renewals) {
    if (l.day > side.plan.horizonDays) continue;
    const list = out.get(l.feature) ?? [];
    list.push(l);
    out.set(l.feature, list);
  }
  for (const list of out.values()) list.sort((x, y) => x.day - y.day);
  return out;
}

/** Lapses of each feature paired in order (the first coverage end in A with the first in B, …). */
export function diffLapses(a: DiffSide, b: DiffSide): TimelineDiff[] {
  const la = lapsesByFeature(a);
  const lb = lapsesByFeature(b);
  const dateA = (d: number) => dayToDate(a.plan.startDate, d);
  const dateB = (d: number) => dayToDate(b.plan.startDate, d);
  const out: TimelineDiff[] = [];
  for (const feature of FEATURE_IDS) {
    const xs = la.get(feature) ?? [];
    const ys = lb.get(feature) ?? [];
    const label = labelOf(feature);
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const x = xs[i];
      const y = ys[i];
      if (x !== undefined && y !== undefined) {
        const aDate = dateA(x.day);
        const bDate = dateB(y.day);
        const base = { feature, aDate, bDate };
        if (aDate < bDate) out.push({ ...base, kind: 'lapse', message: `${label} lapses ${aDate} in A, covered until ${bDate} in B` });
        else if (bDate < aDate) out.push({ ...base, kind: 'lapse', message: `${label} lapses ${bDate} in B, covered until ${aDate} in A` });
        else if (x.from !== y.from || x.to !== y.to) {
          out.push({ ...base, kind: 'lapse', message: `${label} drops on ${aDate} in both: ${formatValue(x.from)} → ${formatValue(x.to)} in A, ${formatValue(y.from)} → ${formatValue(y.to)} in B` });
        } else {
          const oa = dateA(x.orderByDay);
          const ob = dateB(y.orderByDay);
          if (oa !== ob) out.push({ feature, kind: 'order-by', aDate: oa, bDate: ob, message: `${label} lapses ${aDate} in both; order the renewal by ${oa} in A, by ${ob} in B` });
        }
      } else if (x !== undefined) {
        const aDate = dateA(x.day);
        out.push({ feature, kind: 'lapse', aDate, message: `${label} lapses ${aDate} in A; covered in B through its horizon (${dateB(b.plan.horizonDays)})` });
      } else if (y !== undefined) {
        const bDate = dateB(y.day);
        out.push({ feature, kind: 'lapse', bDate, message: `${label} lapses ${bDate} in B; covered in A through its horizon (${dateA(a.plan.horizonDays)})` });
      }
    }
  }
  return out;
}

const keyId = (k: Pick<KeyStatus, 'unit' | 'key'>): string => `${k.unit}/${k.key}`;

function keyFeatures(k: KeyStatus): string {
  return (Object.entries(k.features) as [FeatureId, FeatureValue][]).map(([f, v]) => (v === true ? labelOf(f) : `${labelOf(f)} ${formatValue(v)}`)).join(', ');
}

function keyFate(k: KeyStatus, startDate: string): string {
  if (k.mergedInto !== undefined) return `stacked onto ${k.mergedInto}`;
  return k.expiresDay === undefined ? 'does not run out' : `expires ${dayToDate(startDate, k.expiresDay)}`;
}

/** Keys added or removed, and keys whose projected expiry moved. */
export function diffKeys(a: DiffSide, b: DiffSide): TimelineDiff[] {
  const ka = new Map(a.result.keys.map((k) => [keyId(k), k]));
  const kb = new Map(b.result.keys.map((k) => [keyId(k), k]));
  const out: TimelineDiff[] = [];
  for (const [id, x] of ka) {
    const y = kb.get(id);
    if (y === undefined) {
      const aDate = x.expiresDay === undefined ? undefined : dayToDate(a.plan.startDate, x.expiresDay);
      out.push({ kind: 'key-only-a', key: id, ...(aDate ? { aDate } : {}), message: `Key ${id} (${keyFeatures(x)}) only in A: ${keyFate(x, a.plan.startDate)}` });
      continue;
    }
    if (x.mergedInto !== undefined || y.mergedInto !== undefined) continue;
    const aDate = x.expiresDay === undefined ? undefined : dayToDate(a.plan.startDate, x.expiresDay);
    const bDate = y.expiresDay === undefined ? undefined : dayToDate(b.plan.startDate, y.expiresDay);
    if (aDate === bDate) continue;
    out.push({
      kind: 'key-expiry',
      key: id,
      ...(aDate ? { aDate } : {}),
      ...(bDate ? { bDate } : {}),
      message: `Key ${id} ${keyFate(x, a.plan.startDate)} in A, ${keyFate(y, b.plan.startDate).replace(/^expires /, '')} in B`,
    });
  }
  for (const [id, y] of kb) {
    if (ka.has(id)) continue;
    const bDate = y.expiresDay === undefined ? undefined : dayToDate(b.plan.startDate, y.expiresDay);
    out.push({ kind: 'key-only-b', key: id, ...(bDate ? { bDate } : {}), message: `Key ${id} (${keyFeatures(y)}) only in B: ${keyFate(y, b.plan.startDate)}` });
  }
  return out;
}

const firstDate = (d: TimelineDiff): string => [d.aDate, d.bDate].filter((x): x is string => x !== undefined).sort()[0] ?? '9999-12-31';

function countIssues(result: EvaluateResult): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  for (const i of result.issues) counts[i.severity]++;
  return counts;
}

export function diffPlans(a: DiffSide, b: DiffSide): PlanDiff {
  const running = diffRunning(a.result.running, b.result.running);
  const timeline = [...diffLapses(a, b), ...diffKeys(a, b)].sort((x, y) => firstDate(x).localeCompare(firstDate(y)));
  return {
    running,
    changedCount: running.filter((r) => r.changed).length,
    timeline,
    valid: { a: a.result.valid, b: b.result.valid },
    issues: { a: countIssues(a.result), b: countIssues(b.result) },
  };
}
