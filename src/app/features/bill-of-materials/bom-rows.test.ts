import { describe, expect, it } from 'vitest';
import type { OrderLine } from '../../../engine/index';
import { parseCsv } from '../../persistence/csv';
import { BOM_COLUMNS, bomCsv, bomCsvFileName, bomRows, bomText } from './bom-rows';

const lines: OrderLine[] = [
  { kind: 'smart', pid: 'L-FPR4K-ASASC-10=', isPid: true, quantity: 3, for: '10-context license (additive)', term: null, units: ['fw-a'], cite: '001 §"Firepower 4100 PIDs"' },
  { kind: 'secure-client', pid: 'L-AC-PLS-LIC=', isPid: true, quantity: 1200, for: '=HYPERLINK("x") users', term: '36 months', units: [], cite: '002 §"Q"' },
];

describe('bill of materials rows', () => {
  it('CSV has the same columns and cells as the card, formula injection neutralised', () => {
    const parsed = parseCsv(bomCsv(lines));
    expect(parsed[0]).toEqual([...BOM_COLUMNS]);
    expect(parsed[1]).toEqual(bomRows(lines)[0]);
    expect(parsed[2]![1]).toBe('1,200');
    expect(parsed[2]![2]).toBe(`'=HYPERLINK("x") users`);
    expect(parsed[2]![3]).toBe('all');
    expect(parsed[1]![4]).toBe('permanent');
  });

  it('copy as text: one line per item with quantity, PID, term and citation', () => {
    expect(bomText('HQ', lines).split('\n')[1]).toBe('3 × L-FPR4K-ASASC-10= — 10-context license (additive) (permanent; units: fw-a) [001 §"Firepower 4100 PIDs"]');
    expect(bomText('HQ', [])).toBe('HQ: nothing to order.\n');
    expect(bomCsvFileName('HQ edge / pair')).toBe('hq-edge-pair-bill-of-materials.csv');
  });
});
