// Rows of the running-license table, read straight off the engine's result.
import { catalog, FEATURE_IDS, type EvaluateResult, type FeatureId, type FeatureValue, type Provenance } from '../../../engine/index';
import { formatValue } from './format-value';

export interface LicenseRow {
  feature: FeatureId;
  label: string;
  combined: FeatureValue | undefined;
  /** Each unit's own value, by unit id. */
  units: Record<string, FeatureValue | undefined>;
  source: Provenance['source'] | undefined;
  /** Where the value comes from, in words: the keys and units. */
  sourceText: string;
  /** The keys and units behind the value, for display under the source. */
  sourceDetail: string;
  rule: string;
  /** Set when the platform limit capped the value. */
  capped: { uncapped: number; limit: number } | undefined;
  cite: string;
  /** Everything a text filter should match, lower case. */
  searchText: string;
}

/** The keys and units a value comes from: "key-1 · fw-a + fw-b". */
export function sourceDetail(p: Provenance | undefined): string {
  if (p === undefined) return '';
  const parts: string[] = [];
  if (p.keys && p.keys.length > 0) parts.push(`key ${p.keys.join(', ')}`);
  if (p.units && p.units.length > 0) parts.push(p.units.join(' + '));
  return parts.join(' · ');
}

export function licenseRows(result: EvaluateResult, unitIds: readonly string[]): LicenseRow[] {
  const present = new Set<FeatureId>(Object.keys(result.running) as FeatureId[]);
  for (const u of Object.values(result.units)) for (const f of Object.keys(u)) present.add(f as FeatureId);
  return FEATURE_IDS.filter((f) => present.has(f)).map((feature) => {
    const p = result.provenance.running[feature];
    const units: Record<string, FeatureValue | undefined> = {};
    for (const id of unitIds) units[id] = result.units[id]?.[feature];
    const capped = p?.uncapped !== undefined && p.limit !== undefined && p.uncapped > p.limit ? { uncapped: p.uncapped, limit: p.limit } : undefined;
    const label = catalog.features[feature].label;
    const combined = result.running[feature];
    const detail = sourceDetail(p);
    const sourceText = [p?.source ?? '', detail].filter(Boolean).join(' · ');
    const rule = p?.rule ?? '';
    const cite = p?.cite ?? catalog.features[feature].cite;
    const searchText = [label, feature, formatValue(combined), ...Object.values(units).map(formatValue), sourceText, rule, cite].join(' ').toLowerCase();
    return { feature, label, combined, units, source: p?.source, sourceText, sourceDetail: detail, rule, capped, cite, searchText };
  });
}

/** The header of the running-value column: "Combined" for a pair or cluster, else "Running". */
export const runningHeader = (unitIds: readonly string[]): string => (unitIds.length > 1 ? 'Combined' : 'Running');

/** The capped mark as the table shows it. */
export function cappedText(capped: LicenseRow['capped']): string {
  return capped === undefined ? '' : `capped at limit ${formatValue(capped.limit)} (from ${formatValue(capped.uncapped)})`;
}

/** Whether two rows show the same thing (the as-of day moved within one stretch of the license). */
export function sameLicenseRow(a: LicenseRow, b: LicenseRow): boolean {
  if (a.feature !== b.feature || a.combined !== b.combined || a.source !== b.source || a.sourceText !== b.sourceText || a.rule !== b.rule || a.cite !== b.cite || a.searchText !== b.searchText)
    return false;
  if (a.capped?.limit !== b.capped?.limit || a.capped?.uncapped !== b.capped?.uncapped) return false;
  const ua = Object.keys(a.units);
  return ua.length === Object.keys(b.units).length && ua.every((id) => a.units[id] === b.units[id]);
}

/**
 * `next` with every row equal to one of `previous` replaced by that row, and `previous` itself when
 * nothing changed: the table then keeps its row model and redraws only the rows that changed.
 */
export function reuseRows(previous: readonly LicenseRow[] | undefined, next: LicenseRow[]): LicenseRow[] {
  if (previous === undefined) return next;
  const old = new Map(previous.map((r) => [r.feature, r]));
  let changed = previous.length !== next.length;
  const out = next.map((r, i) => {
    const o = old.get(r.feature);
    if (o !== undefined && sameLicenseRow(o, r)) {
      if (previous[i] !== o) changed = true;
      return o;
    }
    changed = true;
    return r;
  });
  return changed ? out : (previous as LicenseRow[]);
}
