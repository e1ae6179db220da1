// Fleet refresh: the sizing engine's refresh advice for every PAK deployment, summed into one bill
// of materials (fleet-refresh.ts). Sized on request: it sizes every Smart model per deployment.
import type { FleetRefresh } from '../../../engine/fleet/index';

interface Props {
  refresh: FleetRefresh | null;
  pakCount: number;
  busy: boolean;
  onCompute: () => void;
}

export function FleetRefreshCard({ refresh, pakCount, busy, onCompute }: Props) {
  const skipped = refresh?.plans.filter((p) => p.skipped) ?? [];
  const partial = refresh?.plans.filter((p) => !p.skipped && !p.covers) ?? [];
  return (
    <section className="card" aria-labelledby="fleet-refresh-h" data-testid="fleet-refresh">
      <h2 id="fleet-refresh-h">Fleet refresh</h2>
      <p className="muted">
        For each of the {pakCount} PAK-licensed deployments, the Smart-licensed model the refresh advice ranks first for what it runs today, and what to order; summed over the fleet.
      </p>
      <button type="button" onClick={onCompute} disabled={busy || pakCount === 0}>
        {refresh ? 'Size the refresh again' : 'Size the refresh'}
      </button>
      {refresh && (
        <>
          <h3>New appliances</h3>
          <ul data-testid="fleet-refresh-hardware">
            {refresh.hardware.map((h) => (
              <li key={h.model}>
                {h.units} × {h.modelName}
              </li>
            ))}
          </ul>
          <h3>Bill of materials</h3>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Fleet bill of materials table">
            <table className="fleet-bom" data-testid="fleet-bom">
              <thead>
                <tr>
                  <th scope="col">Quantity</th>
                  <th scope="col">PID or license</th>
                  <th scope="col">Term</th>
                  <th scope="col">For</th>
                  <th scope="col">Deployments</th>
                </tr>
              </thead>
              <tbody>
                {refresh.bom.map((b) => (
                  <tr key={`${b.pid}-${b.term ?? ''}`}>
                    <td>{b.quantity.toLocaleString('en-US')}</td>
                    <td>
                      <code>{b.pid}</code>
                    </td>
                    <td>{b.term ?? 'perpetual'}</td>
                    <td>
                      {b.for} <cite className="muted">{b.cite}</cite>
                    </td>
                    <td>{b.deployments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {partial.length > 0 && (
            <p className="muted">
              {partial.length} deployment{partial.length === 1 ? '' : 's'} run something no Smart model carries (for example {partial[0]!.planName}:{' '}
              {partial[0]!.lacks.map((l) => l.message).join('; ')}); their order covers the rest.
            </p>
          )}
          {skipped.length > 0 && (
            <p className="muted">
              {skipped.length} skipped: {[...new Set(skipped.map((s) => s.skipped))].join('; ')}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
