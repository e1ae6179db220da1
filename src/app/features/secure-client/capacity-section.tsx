// Each headend's AnyConnect capacity and the fleet's, against the peak of concurrent connections.
import type { FleetRole, SecureClientReport } from '../../../engine/secure-client/index';
import { findModel } from '../../ui/display/model-info';

const n = new Intl.NumberFormat('en-US');
const ROLE: Record<FleetRole, string> = { primary: 'primary', secondary: 'secondary', standalone: 'standalone', control: 'control', data: 'data' };

export function CapacitySection({ report }: { report: SecureClientReport }) {
  const peak = report.demand.peakConcurrent;
  return (
    <>
      <h3>Headend capacity</h3>
      <dl className="headline" data-testid="sc-fleet">
        <div>
          <dt>Fleet AnyConnect capacity</dt>
          <dd>{n.format(report.hardwareCapacity)} connections</dd>
        </div>
        <div>
          <dt>Peak concurrent demand</dt>
          <dd>{peak === null ? 'not given' : `${n.format(peak)} connections`}</dd>
        </div>
      </dl>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Headend capacity table">
        <table data-testid="sc-capacity">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">Model</th>
              <th scope="col">Role</th>
              <th scope="col">Model maximum</th>
              <th scope="col">Peers under the plan's licenses</th>
              <th scope="col">Carries sessions</th>
              <th scope="col">VPN Only licenses</th>
            </tr>
          </thead>
          <tbody>
            {report.units.map((u) => (
              <tr key={u.unit} data-unit={u.unit}>
                <td>{u.unit}</td>
                <td>{findModel(u.model)?.name ?? u.model}</td>
                <td>{ROLE[u.role]}</td>
                <td className="num">{u.maxAnyConnectPeers === null ? 'none' : n.format(u.maxAnyConnectPeers)}</td>
                <td className="num">{n.format(u.peers)}</td>
                <td>{u.carriesSessions ? 'yes' : 'no (standby)'}</td>
                <td>{u.vpnOnly.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
