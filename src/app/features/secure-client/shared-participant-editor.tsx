// One participant of the shared network: its unit (and failover standby), the platform limit, the
// local AnyConnect Premium license, and the sessions it wants over time (steps of day → sessions).
import { useId } from 'react';
import type { ScSharedParticipant, ScSharedParticipantPatch } from '../../store/secure-client-commands';
import { usePlanStore } from '../../store/plan-store';
import { NumberInput } from '../../ui/input/number-input';
import { SharedDayInput } from './shared-day-input';
import { SharedUnitInput } from './shared-unit-input';

const MAX_SESSIONS = 1_000_000;
const n = new Intl.NumberFormat('en-US');

interface Props {
  index: number;
  participant: ScSharedParticipant;
  listId: string;
  startDate: string;
  /** The AnyConnect maximum of the plan unit with this id: null when it has none, undefined when the id is not a plan unit. */
  unitMaximum: number | null | undefined;
}

export function SharedParticipantEditor({ index, participant: p, listId, startDate, unitMaximum }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const ids = { id: useId(), standby: useId(), limit: useId(), local: useId(), kind: useId(), steps: useId() };
  const path = `secureClient.shared.participants[${index}]`;
  const patch = (q: ScSharedParticipantPatch) => dispatch({ type: 'sc-shared-patch-participant', index, patch: q });
  const limitHint =
    unitMaximum === undefined || unitMaximum === null ? `needed: ${p.id} is not a plan unit with an AnyConnect maximum` : `empty: the model's AnyConnect maximum, ${n.format(unitMaximum)}`;

  return (
    <fieldset className="key-card shared-participant" data-path={path} data-testid={`shared-participant-${p.id}`}>
      <legend>Participant {p.id}</legend>
      <div className="field-row">
        <label className="stacked-field" htmlFor={ids.id} data-path={`${path}.id`}>
          <span>Unit</span>
          <SharedUnitInput id={ids.id} value={p.id} listId={listId} onCommit={(id) => patch({ id })} />
        </label>
        <label className="stacked-field" htmlFor={ids.standby} data-path={`${path}.standby`}>
          <span>Failover standby</span>
          <SharedUnitInput id={ids.standby} value={p.standby} listId={listId} optional placeholder="none" onCommit={(standby) => patch({ standby })} />
        </label>
        <div className="stacked-field" data-path={`${path}.platformLimit`}>
          <label className="sc-field-label" htmlFor={ids.limit}>
            Platform limit
          </label>
          <NumberInput
            id={ids.limit}
            value={p.platformLimit}
            min={1}
            max={MAX_SESSIONS}
            optional
            className="shared-num"
            placeholder={unitMaximum ? n.format(unitMaximum) : undefined}
            aria-describedby={`${ids.limit}-hint`}
            onCommit={(platformLimit) => patch({ platformLimit })}
          />
          <span id={`${ids.limit}-hint`} className="muted hint shared-hint">
            {p.platformLimit === undefined ? limitHint : 'sessions at most, local and shared'}
          </span>
        </div>
        <label className="stacked-field" htmlFor={ids.local} data-path={`${path}.localSessions`}>
          <span>Local sessions</span>
          <NumberInput id={ids.local} value={p.localSessions} min={0} max={MAX_SESSIONS} className="shared-num" onCommit={(localSessions) => localSessions !== undefined && patch({ localSessions })} />
        </label>
        <label className="stacked-field" htmlFor={ids.kind} data-path={`${path}.localKind`}>
          <span>Local license</span>
          <select id={ids.kind} value={p.localKind} onChange={(e) => patch({ localKind: e.target.value as ScSharedParticipant['localKind'] })}>
            <option value="permanent">Permanent</option>
            <option value="time-based">Time-based</option>
          </select>
        </label>
      </div>
      <DemandSteps index={index} participant={p} startDate={startDate} tableId={ids.steps} />
      <div className="field-row">
        <button type="button" className="danger" onClick={() => dispatch({ type: 'sc-shared-remove-participant', index })}>
          Remove participant {p.id}
        </button>
      </div>
    </fieldset>
  );
}

function DemandSteps({ index, participant: p, startDate, tableId }: { index: number; participant: ScSharedParticipant; startDate: string; tableId: string }) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const path = `secureClient.shared.participants[${index}].demand`;
  return (
    <div className="shared-steps" data-path={path}>
      <p className="shared-subhead" id={`${tableId}-h`}>
        Sessions wanted from a day on
      </p>
      {p.demand.length === 0 ? (
        <p className="muted hint">No demand yet: it wants no sessions.</p>
      ) : (
        <table className="shared-edit-table" aria-labelledby={`${tableId}-h`}>
          <thead>
            <tr>
              <th scope="col">From day</th>
              <th scope="col">Sessions</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.demand.map((step, i) => (
              <tr key={i} data-path={`${path}[${i}]`}>
                <td data-path={`${path}[${i}].day`}>
                  <SharedDayInput
                    id={`${tableId}-${i}-day`}
                    day={step.day}
                    startDate={startDate}
                    aria-label={`${p.id} step ${i + 1} day`}
                    onChange={(day) => day !== undefined && dispatch({ type: 'sc-shared-patch-demand-step', participant: index, index: i, patch: { day } })}
                  />
                </td>
                <td data-path={`${path}[${i}].sessions`}>
                  <NumberInput
                    value={step.sessions}
                    min={0}
                    max={MAX_SESSIONS}
                    className="shared-num"
                    aria-label={`${p.id} step ${i + 1} sessions`}
                    onCommit={(sessions) => sessions !== undefined && dispatch({ type: 'sc-shared-patch-demand-step', participant: index, index: i, patch: { sessions } })}
                  />
                </td>
                <td>
                  <button type="button" aria-label={`Remove ${p.id} step ${i + 1}`} onClick={() => dispatch({ type: 'sc-shared-remove-demand-step', participant: index, index: i })}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => dispatch({ type: 'sc-shared-add-demand-step', participant: index })}>
        Add demand step for {p.id}
      </button>
    </div>
  );
}
