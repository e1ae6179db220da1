// The fleet's save status and the fleets saved in this browser: open one, delete one (asked first),
// start a new fleet. Renaming is the Fleet name field: the name is saved with the fleet.
import { deleteFleet, newFleet, openSavedFleet, useSavedFleets } from './fleet-autosave';
import { useFleetStore } from './fleet-store';

const when = (at: number): string => (at > 0 ? new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'unknown time');

export function FleetSaveStatus() {
  const status = useFleetStore((s) => s.saveStatus);
  const count = useFleetStore((s) => s.plans.length);
  if (status.kind === 'failed') {
    return (
      <p role="alert" className="field-error" data-testid="fleet-save-status">
        {status.message}
      </p>
    );
  }
  return (
    <p className="muted" role="status" data-testid="fleet-save-status">
      {status.kind === 'saved' ? `Saved in this browser (${count} plan${count === 1 ? '' : 's'}).` : 'Not saved yet: a fleet is saved in this browser once it has a device.'}
    </p>
  );
}

export function FleetSavedList() {
  const list = useSavedFleets((s) => s.list);
  const currentId = useFleetStore((s) => s.id);
  const busy = useFleetStore((s) => s.job !== null);
  return (
    <section className="card" aria-labelledby="fleet-saved-h" data-testid="fleet-saved">
      <h2 id="fleet-saved-h">Saved fleets</h2>
      {list.length === 0 ? (
        <p className="muted">No fleet is saved in this browser yet.</p>
      ) : (
        <ul className="fleet-saved-list">
          {list.map((f) => (
            <li key={f.id} data-testid="fleet-saved-item">
              <span>
                <strong>{f.name}</strong>{' '}
                <span className="muted">
                  · {f.plans.toLocaleString('en-US')} plan{f.plans === 1 ? '' : 's'} · saved {when(f.updatedAt)}
                </span>
                {f.id === currentId && <span className="muted"> · shown</span>}
              </span>
              <span className="fleet-actions">
                <button type="button" disabled={busy || f.id === currentId} onClick={() => openSavedFleet(f.id)} aria-label={`Open fleet ${f.name}`}>
                  Open
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(`Delete the saved fleet “${f.name}” (${f.plans} plans)? This cannot be undone.`)) deleteFleet(f.id);
                  }}
                  aria-label={`Delete fleet ${f.name}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={busy} onClick={newFleet}>
        New fleet
      </button>
    </section>
  );
}
