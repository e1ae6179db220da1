// What the device-output import found, in the shape the panel shows: the plan in a few lines, the
// issues errors first and in line order, and the unmapped lines counted by kind. Read-only views of
// the importer's result; nothing is decided here.
import { catalog, type FeatureId, type FeatureValue, type Plan, type Severity } from '../../../engine/index';
import type { ImportIssue, UnmappedLine } from '../../../engine/device-text/index';
import { formatValue } from '../../ui/display/format-value';
import { findModel } from '../../ui/display/model-info';

export interface UnitSummary {
  id: string;
  model: string;
  software: string | undefined;
  /** "Base", "Security Plus" (PAK) or "Smart Licensing, regular" (Smart). */
  licensing: string;
  /** Permanent features above the tier's defaults (PAK) or the entitlements (Smart), as "label: value". */
  features: string[];
  /** Time-based keys: "key-1: Botnet Traffic Filter, 120 days". */
  keys: string[];
}

export interface PlanSummary {
  name: string;
  startDate: string;
  deployment: string;
  units: UnitSummary[];
}

const TIER_NAME: Record<string, string> = { base: 'Base', 'security-plus': 'Security Plus' };
const MODE_NAME: Record<Plan['deployment']['mode'], string> = { standalone: 'Standalone unit', failover: 'Failover pair', cluster: 'Cluster' };

const featureLabel = (f: string): string => catalog.features[f as FeatureId]?.label ?? f;
const featureText = ([f, v]: [string, FeatureValue]): string => `${featureLabel(f)}: ${formatValue(v)}`;

export function summarizePlan(plan: Plan): PlanSummary {
  const d = plan.deployment;
  const deployment = [MODE_NAME[d.mode], d.mode === 'failover' && d.failover ? formatValue(d.failover) : '', d.contextMode === 'multiple' ? 'multiple context mode' : ''].filter(Boolean).join(', ');
  const units = d.units.map((u): UnitSummary => {
    const model = findModel(u.model)?.name ?? u.model;
    if ('permanent' in u) {
      return {
        id: u.id,
        model,
        software: u.software,
        licensing: TIER_NAME[u.permanent.tier] ?? u.permanent.tier,
        features: Object.entries(u.permanent.features).map(featureText),
        keys: u.timeBased.map((k) => `${k.id}: ${Object.entries(k.features).map(featureText).join(', ')}; ${k.days} days${k.active ? '' : ' (inactive)'}`),
      };
    }
    const e = u.smart.entitlements;
    const features = Object.entries(e)
      .filter(([, v]) => v !== false && v !== 0 && v !== undefined)
      .map(([k, v]) => (v === true ? k : `${k}: ${String(v)}`));
    return { id: u.id, model, software: u.software, licensing: `Smart Licensing, ${u.smart.method}`, features, keys: [] };
  });
  return { name: plan.name, startDate: plan.startDate, deployment, units };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within each, by line (issues without a line last). */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || a.i - b.i)
    .map((x) => x.issue);
}

export function unmappedCounts(lines: readonly UnmappedLine[]): { unrecognized: number; ignored: number } {
  const unrecognized = lines.filter((l) => l.kind === 'unrecognized').length;
  return { unrecognized, ignored: lines.length - unrecognized };
}

/** The first error's message, for the one-line "not imported" headline. */
export const firstError = (issues: readonly ImportIssue[]): ImportIssue | undefined => issues.find((i) => i.severity === 'error');
