// Legacy shared AnyConnect Premium licensing (AnyConnect 3 and earlier), `secureClient.shared`: the
// pool, the refresh interval, the server and backup server (each with an optional failover standby),
// the participants and the outages to simulate. Units are the plan's or any id typed in.
import { useEffect, useId, useMemo, useState } from 'react';
import { maxAnyConnectPeers } from '../../../engine/secure-client-integration';
import { SHARED_NOT_IN_AC4, SHARED_NOT_IN_AC4_CITE } from './shared-licensing-view';
import type { ScShared } from '../../store/secure-client-commands';
import { usePlanStore } from '../../store/plan-store';
import { CiteTip } from '../../ui/cite-tip';
import { NumberInput } from '../../ui/input/number-input';
import { SharedDayInput } from './shared-day-input';
import { SharedOutagesEditor } from './shared-outages-editor';
import { SharedParticipantEditor } from './shared-participant-editor';
import { SharedUnitInput, UnitIdList } from './shared-unit-input';
import './shared-licensing.css';

const PATH = 'secureClient.shared';

export function SharedLicensingEditor() {
  const shared = usePlanStore((s) => s.plan.secureClient?.shared);
  const units = usePlanStore((s) => s.plan.deployment.units);
  const startDate = usePlanStore((s) => s.plan.startDate);
  const dispatch = usePlanStore((s) => s.dispatch);
  const listId = useId();
  const unitIds = useMemo(() => units.map((u) => u.id), [units]);
  const maxima = useMemo(() => new Map(units.map((u) => [u.id, maxAnyConnectPeers(u)])), [units]);
  // Open while the plan has a shared network (and whenever one appears, by undo or another plan); the user may close it.
  const enabled = shared !== undefined;
  const [open, setOpen] = useState(enabled);
  useEffect(() => {
    if (enabled) setOpen(true);
  }, [enabled]);

  return (
    <details className="shared-editor" data-path={PATH} data-testid="shared-editor" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legacy shared licensing (AnyConnect 3 and earlier)</summary>
      <p className="muted hint">
        A pool of AnyConnect Premium sessions that one ASA, the server, lends to the participants as they need them. {SHARED_NOT_IN_AC4} <CiteTip cite={SHARED_NOT_IN_AC4_CITE} />
      </p>
      {shared === undefined ? (
        <button type="button" onClick={() => dispatch({ type: 'sc-shared-enable' })}>
          Add shared licensing
        </button>
      ) : (
        <>
          <UnitIdList id={listId} unitIds={unitIds} />
          <NetworkFields shared={shared} startDate={startDate} listId={listId} />
          <div data-path={`${PATH}.participants`}>
            <h3 className="shared-subhead">Participants</h3>
            {shared.participants.length === 0 && <p className="muted hint">No participant yet. The server may take part too.</p>}
            {shared.participants.map((p, i) => (
              <SharedParticipantEditor key={i} index={i} participant={p} listId={listId} startDate={startDate} unitMaximum={maxima.has(p.id) ? maxima.get(p.id) : undefined} />
            ))}
            <button type="button" onClick={() => dispatch({ type: 'sc-shared-add-participant' })}>
              Add participant
            </button>
          </div>
          <SharedOutagesEditor list="outages" items={shared.outages} listId={listId} startDate={startDate} />
          <SharedOutagesEditor list="unreachable" items={shared.unreachable} listId={listId} startDate={startDate} />
          <button type="button" className="danger" onClick={() => dispatch({ type: 'sc-shared-disable' })}>
            Remove shared licensing
          </button>
        </>
      )}
    </details>
  );
}

/** The pool, the refresh interval, the launch day, and the server and backup pairs. */
function NetworkFields({ shared, startDate, listId }: { shared: ScShared; startDate: string; listId: string }) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const ids = { pool: useId(), refresh: useId(), launch: useId(), server: useId(), serverStandby: useId(), backup: useId(), backupStandby: useId(), registered: useId() };
  const backup = shared.backup;
  return (
    <>
      <div className="field-row">
        <label className="stacked-field" htmlFor={ids.pool} data-path={`${PATH}.pool`}>
          <span>Pool (shared sessions)</span>
          <NumberInput
            id={ids.pool}
            value={shared.pool}
            min={1}
            max={1_000_000}
            className="shared-num"
            onCommit={(pool) => pool !== undefined && dispatch({ type: 'sc-shared-patch', patch: { pool } })}
          />
        </label>
        <div className="stacked-field" data-path={`${PATH}.refreshIntervalSeconds`}>
          <label className="sc-field-label" htmlFor={ids.refresh}>
            Refresh interval (s)
          </label>
          <NumberInput
            id={ids.refresh}
            value={shared.refreshIntervalSeconds}
            min={10}
            max={300}
            className="shared-num"
            aria-describedby={`${ids.refresh}-hint`}
            onCommit={(refreshIntervalSeconds) => refreshIntervalSeconds !== undefined && dispatch({ type: 'sc-shared-patch', patch: { refreshIntervalSeconds } })}
          />
          <span id={`${ids.refresh}-hint`} className="muted hint">
            10–300, 30 by default
          </span>
        </div>
        <div className="stacked-field" data-path={`${PATH}.launchDay`}>
          <label className="sc-field-label" htmlFor={ids.launch}>
            Server launched on day
          </label>
          <SharedDayInput
            id={ids.launch}
            day={shared.launchDay}
            startDate={startDate}
            onChange={(launchDay) => launchDay !== undefined && dispatch({ type: 'sc-shared-patch', patch: { launchDay } })}
          />
        </div>
      </div>
      <fieldset className="subcard" data-path={`${PATH}.server`}>
        <legend>Shared licensing server</legend>
        <div className="field-row">
          <label className="stacked-field" htmlFor={ids.server} data-path={`${PATH}.server.primary`}>
            <span>Server unit</span>
            <SharedUnitInput id={ids.server} value={shared.server.primary} listId={listId} onCommit={(primary) => dispatch({ type: 'sc-shared-patch-server', patch: { primary: primary ?? '' } })} />
          </label>
          <label className="stacked-field" htmlFor={ids.serverStandby} data-path={`${PATH}.server.standby`}>
            <span>Server failover standby</span>
            <SharedUnitInput
              id={ids.serverStandby}
              value={shared.server.standby}
              listId={listId}
              optional
              placeholder="none"
              onCommit={(standby) => dispatch({ type: 'sc-shared-patch-server', patch: { standby } })}
            />
          </label>
        </div>
      </fieldset>
      <fieldset className="subcard" data-path={`${PATH}.backup`}>
        <legend>Backup server</legend>
        {backup === undefined ? (
          <>
            <p className="muted hint">Optional: a participant that takes over while the main server is down, within its operating limit.</p>
            <button type="button" onClick={() => dispatch({ type: 'sc-shared-add-backup' })}>
              Add backup server
            </button>
          </>
        ) : (
          <>
            <div className="field-row">
              <label className="stacked-field" htmlFor={ids.backup} data-path={`${PATH}.backup.primary`}>
                <span>Backup unit</span>
                <SharedUnitInput id={ids.backup} value={backup.primary} listId={listId} onCommit={(primary) => dispatch({ type: 'sc-shared-patch-backup', patch: { primary: primary ?? '' } })} />
              </label>
              <label className="stacked-field" htmlFor={ids.backupStandby} data-path={`${PATH}.backup.standby`}>
                <span>Backup failover standby</span>
                <SharedUnitInput
                  id={ids.backupStandby}
                  value={backup.standby}
                  listId={listId}
                  optional
                  placeholder="none"
                  onCommit={(standby) => dispatch({ type: 'sc-shared-patch-backup', patch: { standby } })}
                />
              </label>
              <div className="stacked-field" data-path={`${PATH}.backup.registeredDay`}>
                <label className="sc-field-label" htmlFor={ids.registered}>
                  Registered on day
                </label>
                <SharedDayInput
                  id={ids.registered}
                  day={backup.registeredDay}
                  startDate={startDate}
                  optional
                  emptyText="empty: the launch day"
                  onChange={(registeredDay) => dispatch({ type: 'sc-shared-patch-backup', patch: { registeredDay } })}
                />
              </div>
            </div>
            <button type="button" className="danger" onClick={() => dispatch({ type: 'sc-shared-remove-backup' })}>
              Remove backup server
            </button>
          </>
        )}
      </fieldset>
    </>
  );
}
