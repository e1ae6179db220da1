// The bill of materials on the report's first page: the engine's planBillOfMaterials, the same
// lines as the card on the plan page (PAK licenses and keys, Smart PIDs, Secure Client), with its notes.
import { useMemo } from 'react';
import { planBillOfMaterials, type Plan } from '../../../engine/index';

const quantity = new Intl.NumberFormat('en-US');
/** Fixed widths (percent): PID, quantity, for, units, term, citation. */
const BOM_WIDTHS = [21, 11, 31, 9, 11, 17];

export function ReportBom({ plan }: { plan: Plan }) {
  const bom = useMemo(() => planBillOfMaterials(plan), [plan]);
  return (
    <section className="report-section report-bom" aria-labelledby="report-bom-h" data-testid="report-bom">
      <h3 id="report-bom-h">Bill of materials</h3>
      {bom.lines.length === 0 ? (
        <p className="muted">Nothing to order beyond the hardware: the plan uses only what ships with each unit.</p>
      ) : (
        <div className="report-table-scroll" tabIndex={0} role="region" aria-labelledby="report-bom-h">
          <table className="report-bom-table">
            <colgroup>
              {BOM_WIDTHS.map((w, i) => (
                <col key={i} style={{ width: `${w}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">PID or license</th>
                <th scope="col" className="num">
                  Quantity
                </th>
                <th scope="col">For</th>
                <th scope="col">Units</th>
                <th scope="col">Term</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {bom.lines.map((l, i) => (
                <tr key={`${l.pid}-${i}`}>
                  <td className={l.isPid ? 'pid' : undefined}>{l.pid}</td>
                  <td className="num">{quantity.format(l.quantity)}</td>
                  <td>{l.for}</td>
                  <td>{l.units.length === 0 ? 'all' : l.units.join(', ')}</td>
                  <td>{l.term ?? 'permanent'}</td>
                  <td>
                    <cite>{l.cite}</cite>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {bom.notes.length > 0 && (
        <ul className="report-notes">
          {bom.notes.map((i, n) => (
            <li key={n}>
              {i.message} {i.cite ? <cite>{i.cite}</cite> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
