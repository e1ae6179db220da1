// The last bulk import, device by device: what each became, or why the importer refused it, with
// its issues and the lines it did not use. A refused device is always listed, never dropped.
import type { BulkDevice } from '../../../engine/fleet/index';

const where = (d: BulkDevice) => `${d.source}, lines ${d.fromLine}–${d.toLine}`;

function DeviceDetails({ d }: { d: BulkDevice }) {
  const issues = d.issues.filter((i) => i.severity !== 'info' || !d.plan);
  return (
    <details>
      <summary>
        {d.issues.length} note{d.issues.length === 1 ? '' : 's'}, {d.unmapped.length} line{d.unmapped.length === 1 ? '' : 's'} not used
      </summary>
      <ul className="fleet-device-notes">
        {issues.slice(0, 40).map((i, n) => (
          <li key={`i${n}`} className={`issue-${i.severity}`}>
            {i.severity}: {i.message}
          </li>
        ))}
        {d.unmapped.slice(0, 40).map((u, n) => (
          <li key={`u${n}`} className="muted">
            line {u.line} ({u.kind}): <code>{u.text.trim()}</code>: {u.reason}
          </li>
        ))}
        {d.unmapped.length > 40 && <li className="muted">…and {d.unmapped.length - 40} more lines</li>}
      </ul>
    </details>
  );
}

export function FleetDevices({ devices }: { devices: BulkDevice[] }) {
  if (devices.length === 0) return null;
  const refused = devices.filter((d) => d.plan === null);
  const pairs = devices.filter((d) => d.pair && d.plan).length;
  const clusters = devices.filter((d) => d.cluster && d.plan).length;
  return (
    <section className="card" aria-labelledby="fleet-devices-h" data-testid="fleet-devices">
      <h2 id="fleet-devices-h">Last import</h2>
      <p role="status" data-testid="fleet-import-summary">
        {devices.length} device{devices.length === 1 ? '' : 's'} read: {devices.length - refused.length} plan{devices.length - refused.length === 1 ? '' : 's'} ({pairs} failover pair
        {pairs === 1 ? '' : 's'} from both units' output{clusters > 0 ? `, ${clusters} ASA cluster${clusters === 1 ? '' : 's'} from their members' output` : ''}), {refused.length} refused.
      </p>
      {refused.length > 0 && (
        <>
          <h3>Refused</h3>
          <ul className="fleet-refused" data-testid="fleet-refused">
            {refused.map((d, i) => (
              <li key={i}>
                <strong>{d.label}</strong> <span className="muted">({where(d)})</span>: {d.refused.join(' ')}
                <DeviceDetails d={d} />
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Every device ({devices.length})</summary>
        <ul className="fleet-device-list">
          {devices.map((d, i) => (
            <li key={i}>
              <strong>{d.label}</strong>{' '}
              <span className="muted">
                ({where(d)}
                {d.serials.length ? `; serial ${d.serials.join(', ')}` : ''})
              </span>
              : {d.plan ? `${d.pair ? 'failover pair, ' : ''}${d.plan.name}` : 'refused'}
              <DeviceDetails d={d} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
