// What happens in the shared network, in order: the simulation's events with their sources.
import { useState } from 'react';
import type { SharedEvent } from '../../../engine/secure-client/index';
import { sharedMoment } from './shared-licensing-view';
import { CiteTip } from '../../ui/cite-tip';
import { sharedEventWord } from './shared-event-words';

const FIRST_ROWS = 200;

export function SharedEventsList({ events, startDate }: { events: readonly SharedEvent[]; startDate: string }) {
  const [all, setAll] = useState(false);
  if (events.length === 0) return <p className="muted">No event.</p>;
  const shown = all ? events : events.slice(0, FIRST_ROWS);
  return (
    <>
      <table data-testid="shared-events" className="shared-events">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">What happens</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e, i) => (
            <tr key={i} data-type={e.type} data-day={e.day}>
              <td className="sc-date">{sharedMoment(startDate, e.day)}</td>
              <td>{sharedEventWord(e.type)}</td>
              <td>
                {e.message} <CiteTip cite={e.cite} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length > FIRST_ROWS && (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_ROWS} events` : `Show all ${events.length} events`}
        </button>
      )}
    </>
  );
}
