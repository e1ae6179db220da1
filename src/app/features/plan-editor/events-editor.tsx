// Things that happen to the deployment: power-off, key deactivation/activation, link-down, no call-home.
import { useState } from 'react';
import type { PlanEvent, Unit } from '../../../engine/index';
import { LIMITS } from '../../../engine/plan/limits';
import { planStore, usePlanStore } from '../../store/plan-store';
import { DayDateInput } from './day-date-input';
import { NumberInput } from '../../ui/input/number-input';
import { PLAN_EVENT_WORDS } from '../../ui/display/event-words';

type EventType = PlanEvent['type'];
/** The events added here (a new permanent key is added from the unit's permanent license). */
const TYPES: { value: EventType; label: string }[] = (['power-off', 'deactivate', 'activate', 'link-down', 'no-call-home'] as const).map((value) => ({ value, label: PLAN_EVENT_WORDS[value] }));

const keysOf = (u: Unit | undefined): string[] => (u !== undefined && 'timeBased' in u ? u.timeBased.map((k) => k.id) : []);

/** An event of another type, keeping the day and unit where both types have them. */
function retype(e: PlanEvent, type: EventType, units: readonly Unit[]): PlanEvent | undefined {
  const unit = ('unit' in e ? e.unit : undefined) ?? units[0]?.id ?? '';
  const days = 'days' in e ? e.days : 7;
  switch (type) {
    case 'power-off':
    case 'no-call-home':
      return { type, day: e.day, days, unit };
    case 'link-down':
      return { type, day: e.day, days };
    case 'activate':
    case 'deactivate': {
      const owner = units.find((u) => u.id === unit && keysOf(u).length > 0) ?? units.find((u) => keysOf(u).length > 0);
      const key = keysOf(owner)[0];
      return owner === undefined || key === undefined ? undefined : { type, day: e.day, unit: owner.id, key };
    }
  }
}

export function EventsEditor() {
  const events = usePlanStore((s) => s.plan.events);
  const units = usePlanStore((s) => s.plan.deployment.units);
  const startDate = usePlanStore((s) => s.plan.startDate);
  const horizon = usePlanStore((s) => s.plan.horizonDays);
  const dispatch = usePlanStore((s) => s.dispatch);
  const [newType, setNewType] = useState<EventType>('power-off');
  const anyKeys = units.some((u) => keysOf(u).length > 0);
  const replace = (index: number, event: PlanEvent) => dispatch({ type: 'replace-event', index, event });

  return (
    <section className="card" aria-labelledby="events-h" data-path="events">
      <h2 id="events-h">Events ({events.length})</h2>
      {events.length === 0 && <p className="muted">No events: every unit runs and stays connected for the whole horizon.</p>}
      {events.map((e, i) => {
        const path = `events[${i}]`;
        const unit = 'unit' in e ? units.find((u) => u.id === e.unit) : undefined;
        return (
          <fieldset key={i} className="event-card" data-path={path}>
            <legend>Event {i + 1}</legend>
            <div className="field-row">
              <label className="stacked-field" data-path={`${path}.type`}>
                <span>Type</span>
                <select
                  value={e.type}
                  onChange={(ev) => {
                    const next = retype(e, ev.target.value as EventType, units);
                    if (next) replace(i, next);
                  }}
                >
                  {TYPES.map((t) => (
                    <option key={t.value} value={t.value} disabled={(t.value === 'activate' || t.value === 'deactivate') && !anyKeys}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </label>
              {'unit' in e && (
                <label className="stacked-field" data-path={`${path}.unit`}>
                  <span>Unit</span>
                  <select
                    value={e.unit}
                    onChange={(ev) => {
                      const u = units.find((x) => x.id === ev.target.value);
                      if ('key' in e) {
                        const key = keysOf(u)[0];
                        if (key !== undefined) replace(i, { ...e, unit: ev.target.value, key });
                      } else replace(i, { ...e, unit: ev.target.value });
                    }}
                  >
                    {!units.some((u) => u.id === e.unit) && <option value={e.unit}>{e.unit} (no such unit)</option>}
                    {units
                      .filter((u) => !('key' in e) || keysOf(u).length > 0)
                      .map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.id}
                        </option>
                      ))}
                  </select>
                </label>
              )}
              {'key' in e && (
                <label className="stacked-field" data-path={`${path}.key`}>
                  <span>Key</span>
                  <select value={e.key} onChange={(ev) => replace(i, { ...e, key: ev.target.value })}>
                    {!keysOf(unit).includes(e.key) && <option value={e.key}>{e.key} (no such key)</option>}
                    {keysOf(unit).map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <button type="button" className="danger" onClick={() => dispatch({ type: 'remove-event', index: i })}>
                Remove event {i + 1}
              </button>
            </div>
            <div className="field-row">
              <DayDateInput label="Starts" day={e.day} startDate={startDate} path={`${path}.day`} onChange={(day) => replace(i, { ...e, day })} />
              {'days' in e && (
                <label className="stacked-field" data-path={`${path}.days`}>
                  <span>Lasts (days)</span>
                  <NumberInput value={e.days} min={1} max={LIMITS.maxDay} className="narrow" onCommit={(days) => days !== undefined && replace(i, { ...e, days })} />
                </label>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className="field-row">
        <label className="stacked-field">
          <span>New event</span>
          <select value={newType} onChange={(e) => setNewType(e.target.value as EventType)}>
            {TYPES.map((t) => (
              <option key={t.value} value={t.value} disabled={(t.value === 'activate' || t.value === 'deactivate') && !anyKeys}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            // Read at the click: subscribing to the as-of day would redraw every event card as the slider moves.
            const day = Math.min(planStore().getState().view.asOfDay, horizon);
            const event = retype({ type: 'link-down', day, days: 7 }, newType, units);
            if (event) dispatch({ type: 'add-event', event });
          }}
        >
          Add event
        </button>
      </div>
    </section>
  );
}
