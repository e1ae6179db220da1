// The bill of materials on the main screen: the engine's planBillOfMaterials for the plan, with a
// CSV export and a copy as text built from the same rows the table shows.
import { useMemo, useState } from 'react';
import { planBillOfMaterials, type Plan } from '../../../engine/index';
import { TablePager } from '../../ui/table-pager';
import { downloadText } from '../../persistence/download-file';
import { BOM_COLUMNS, bomCsv, bomCsvFileName, bomRows, bomText } from './bom-rows';
import './bom.css';

/** A long bill (2,000 keys of 600 durations make 600 lines) is shown this many lines a page; the CSV and the copy hold every line. */
export const BOM_PAGE_SIZE = 50;

export function BomCard({ plan }: { plan: Plan }) {
  const bom = useMemo(() => planBillOfMaterials(plan), [plan]);
  const rows = useMemo(() => bomRows(bom.lines), [bom]);
  const [status, setStatus] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / BOM_PAGE_SIZE));
  // A bill that shrank shows its last page.
  const page = Math.min(pageIndex, pageCount - 1);
  const first = page * BOM_PAGE_SIZE;
  const pageRows = rows.slice(first, first + BOM_PAGE_SIZE);
  const copy = async () => {
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(bomText(plan.name, bom.lines));
      setStatus('Bill of materials copied as text.');
    } catch {
      setStatus('The browser did not allow copying; use Export CSV instead.');
    }
  };
  return (
    <section className="card" aria-labelledby="bom-h" data-testid="bom">
      <div className="card-head">
        <h2 id="bom-h">Bill of materials</h2>
        <div className="bom-actions">
          <button type="button" disabled={rows.length === 0} onClick={() => downloadText(bomCsvFileName(plan.name), `\uFEFF${bomCsv(bom.lines)}`, 'text/csv;charset=utf-8')}>
            Export CSV
          </button>
          <button type="button" disabled={rows.length === 0} onClick={() => void copy()}>
            Copy as text
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="muted">Nothing to order beyond the hardware: the plan uses only what ships with each unit.</p>
      ) : (
        <>
          <TablePager
            noun="Lines"
            label="Pages of the bill of materials"
            testId="bom-pager"
            pageIndex={page}
            pageCount={pageCount}
            pageSize={BOM_PAGE_SIZE}
            shown={pageRows.length}
            total={rows.length}
            onPage={setPageIndex}
          />
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Bill of materials table">
            <table className="bom-table">
              <thead>
                <tr>
                  {BOM_COLUMNS.map((c) => (
                    <th key={c} scope="col" className={c === 'Quantity' ? 'num' : undefined}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pageRows.map((r, n) => {
                  const line = bom.lines[first + n]!;
                  return (
                    <tr key={first + n}>
                      <td className={line.isPid ? 'pid' : undefined}>{line.isPid ? <code>{r[0]}</code> : r[0]}</td>
                      <td className="num">{r[1]}</td>
                      <td>{r[2]}</td>
                      <td>{r[3]}</td>
                      <td>{r[4]}</td>
                      <td>
                        <cite>{r[5]}</cite>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {bom.notes.length > 0 && (
        <ul className="bom-notes">
          {bom.notes.map((n, i) => (
            <li key={i} className="muted">
              {n.message} {n.cite ? <cite>{n.cite}</cite> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="muted hint" role="status">
        {status}
      </p>
    </section>
  );
}
