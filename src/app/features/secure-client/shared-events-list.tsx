// What happens in the shared network, in order: the simulation's events with their sources.
import type { SharedEvent } from '../../../engine/secure-client/index';
import { sharedMoment } from './shared-licensing-view';
import { CiteTip } from '../../ui/cite-tip';
import { useFirstRows } from '../../ui/display/first-rows';
import { sharedEventWord } from './shared-event-words';

const FIRST_ROWS = 200;

export function SharedEventsList({ events, startDate }: { events: readonly SharedEvent[]; startDate: string }) {
  const { shown, toggle } = useFirstRows(events, FIRST_ROWS, 'events');
  if (events.length === 0) return <p className="muted">No event.</p>;
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
      {toggle}
    </>
  );
}
