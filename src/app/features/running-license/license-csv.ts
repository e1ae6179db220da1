// The running license as CSV, exactly as the table shows it: the caller passes the table's rows
// (filtered and sorted as on screen); each cell is the text the table shows. Two leading columns
// say which plan and day the row belongs to, so exports of several plans can be put together.
import { toCsv } from '../../persistence/csv';
import { formatValue } from '../../ui/display/format-value';
import { cappedText, runningHeader, type LicenseRow } from '../../ui/display/license-rows';

export interface LicenseCsvContext {
  planName: string;
  /** The as-of date, YYYY-MM-DD. */
  asOfDate: string;
}

export function licenseCsvHeader(unitIds: readonly string[]): string[] {
  return ['Plan', 'As of', 'Feature', runningHeader(unitIds), ...unitIds, 'Source', 'Rule', 'Capped', 'Citation'];
}

export function licenseCsvRow(row: LicenseRow, unitIds: readonly string[], context: LicenseCsvContext): string[] {
  return [
    context.planName,
    context.asOfDate,
    row.label,
    formatValue(row.combined),
    ...unitIds.map((id) => formatValue(row.units[id])),
    row.sourceText === '' ? '—' : row.sourceText,
    row.rule,
    cappedText(row.capped),
    row.cite,
  ];
}

export function licenseCsv(rows: readonly LicenseRow[], unitIds: readonly string[], context: LicenseCsvContext): string {
  return toCsv([licenseCsvHeader(unitIds), ...rows.map((r) => licenseCsvRow(r, unitIds, context))]);
}

/** "hq-edge-pair-running-license-2027-03-15.csv" */
export function licenseCsvFileName(planName: string, asOfDate: string): string {
  const slug = planName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'plan'}-running-license-${asOfDate}.csv`;
}
