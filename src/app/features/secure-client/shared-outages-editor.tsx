// Units of the shared network out of service (`outages`) or cut off from the license server
// (`unreachable`): which unit, from which day, for how many days.
import { useId } from 'react';
import { LIMITS } from '../../../engine/plan/limits';
import type { ScSharedOutage, ScSharedOutageList } from '../../store/secure-client-commands';
import { usePlanStore } from '../../store/plan-store';
import { DecimalInput } from './decimal-input';
import { SharedDayInput } from './shared-day-input';
import { SharedUnitInput } from './shared-unit-input';

const MAX_DAYS = LIMITS.maxDay;

const TEXT: Record<ScSharedOutageList, { legend: string; item: string; add: string; none: string }> = {
  outages: { legend: 'Outages (unit out of service)', item: 'Outage', add: 'Add outage', none: 'No outage: every unit stays up.' },
  unreachable: { legend: 'Cut off from the license server', item: 'Cut-off', add: 'Add cut-off', none: 'No cut-off: every unit reaches the server.' },
};

interface Props {
  list: ScSharedOutageList;
  items: readonly ScSharedOutage[];
  listId: string;
  startDate: string;
}

export function SharedOutagesEditor({ list, items, listId, startDate }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const baseId = useId();
  const text = TEXT[list];
  const path = `secureClient.shared.${list}`;
  return (
    <fieldset className="subcard" data-path={path} data-testid={`shared-${list}`}>
      <legend>{text.legend}</legend>
      {items.length === 0 ? (
        <p className="muted hint">{text.none}</p>
      ) : (
        <table className="shared-edit-table">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">From day</th>
              <th scope="col">Days</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((o, i) => {
              const label = `${text.item} ${i + 1}`;
              const patch = (p: Partial<ScSharedOutage>) => dispatch({ type: 'sc-shared-patch-outage', list, index: i, patch: p });
              return (
                <tr key={i} data-path={`${path}[${i}]`}>
                  <td data-path={`${path}[${i}].unit`}>
                    <SharedUnitInput
                      value={o.unit}
                      listId={listId}
                      aria-label={`${label} unit`}
                      onCommit={(unit) => (unit === undefined ? [] : dispatch({ type: 'sc-shared-patch-outage', list, index: i, patch: { unit } }))}
                    />
                  </td>
                  <td data-path={`${path}[${i}].day`}>
                    <SharedDayInput id={`${baseId}-${i}-day`} day={o.day} startDate={startDate} aria-label={`${label} day`} onChange={(day) => day !== undefined && patch({ day })} />
                  </td>
                  <td data-path={`${path}[${i}].days`}>
                    <DecimalInput value={o.days} min={0} max={MAX_DAYS} className="shared-num" aria-label={`${label} days`} onCommit={(days) => patch({ days })} />
                    {o.seconds !== undefined && <span className="muted hint shared-date"> + {o.seconds} s</span>}
                  </td>
                  <td>
                    <button type="button" aria-label={`Remove ${label.toLowerCase()}`} onClick={() => dispatch({ type: 'sc-shared-remove-outage', list, index: i })}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => dispatch({ type: 'sc-shared-add-outage', list })}>
        {text.add}
      </button>
    </fieldset>
  );
}
