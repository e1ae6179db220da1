// show version and show activation-key print the same block; one row per feature is kept.
import type { FeatureObservation, ImportIssue } from './types';
import { showValue } from './catalog-values';

const sameRow = (a: FeatureObservation, b: FeatureObservation) =>
  Object.is(a.value, b.value) && a.duration.kind === b.duration.kind && (a.duration.kind !== 'days' || b.duration.kind !== 'days' || a.duration.days === b.duration.days);

/** The first row of each feature; a later row that says otherwise wins, with a warning. */
export function dedupeRows(rows: readonly FeatureObservation[], issues: ImportIssue[]): FeatureObservation[] {
  const kept = new Map<string, FeatureObservation>();
  for (const row of rows) {
    const earlier = kept.get(row.feature);
    if (earlier && !sameRow(earlier, row)) {
      issues.push({
        severity: 'warning',
        code: 'import-rows-differ',
        line: row.line,
        message: `line ${row.line}: ${row.label} ${showValue(row.value)} differs from line ${earlier.line} (${showValue(earlier.value)}); the plan uses line ${row.line}, the later one`,
      });
    }
    if (!earlier || !sameRow(earlier, row)) kept.set(row.feature, row);
  }
  return [...kept.values()].sort((a, b) => a.line - b.line);
}
