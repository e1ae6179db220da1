// The bill of materials as the card shows it: one row of text cells per engine line, in the
// engine's order. The CSV and the copied text are built from these same rows, so they match the screen.
import type { OrderLine } from '../../../engine/index';
import { toCsv } from '../../persistence/csv';

export const BOM_COLUMNS = ['PID or license', 'Quantity', 'For', 'Units', 'Term', 'Citation'] as const;

const quantity = new Intl.NumberFormat('en-US');

export function bomRow(line: OrderLine): string[] {
  return [line.pid, quantity.format(line.quantity), line.for, line.units.length === 0 ? 'all' : line.units.join(', '), line.term ?? 'permanent', line.cite];
}

export function bomRows(lines: readonly OrderLine[]): string[][] {
  return lines.map(bomRow);
}

export function bomCsv(lines: readonly OrderLine[]): string {
  return toCsv([[...BOM_COLUMNS], ...bomRows(lines)]);
}

/** Plain text for an e-mail or a quote: one line per item, "quantity × PID — for (term; units)". */
export function bomText(planName: string, lines: readonly OrderLine[]): string {
  if (lines.length === 0) return `${planName}: nothing to order.\n`;
  const body = bomRows(lines).map(([pid, qty, forText, units, term, cite]) => `${qty} × ${pid} — ${forText} (${term}; units: ${units}) [${cite}]`);
  return `Bill of materials: ${planName}\n${body.join('\n')}\n`;
}

/** "hq-edge-pair-bill-of-materials.csv" */
export function bomCsvFileName(planName: string): string {
  const slug = planName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'plan'}-bill-of-materials.csv`;
}
