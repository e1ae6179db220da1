// Smart plans: the PIDs to order (the engine's bill of materials).
import type { EvaluateResult } from '../../../engine/index';

type Bom = NonNullable<EvaluateResult['billOfMaterials']>;

export function ReportBom({ bom }: { bom: Bom }) {
  return (
    <section className="report-section" aria-labelledby="report-bom-h" data-testid="report-bom">
      <h3 id="report-bom-h">Bill of materials</h3>
      {bom.lines.length === 0 ? (
        <p className="muted">Nothing to order.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">PID</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col">Units</th>
              <th scope="col">Term</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {bom.lines.map((l, i) => (
              <tr key={`${l.pid}-${i}`}>
                <td className="pid">{l.pid}</td>
                <td>{l.description}</td>
                <td className="num">{l.quantity}</td>
                <td>{(l.units ?? (l.unit === undefined ? [] : [l.unit])).join(', ') || '—'}</td>
                <td>{l.termYears === undefined ? '—' : `${l.termYears} year${l.termYears === 1 ? '' : 's'}`}</td>
                <td>
                  <cite>{l.cite}</cite>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {bom.issues.length > 0 && (
        <ul>
          {bom.issues.map((i, n) => (
            <li key={n}>
              {i.message} {i.cite ? <cite>{i.cite}</cite> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
