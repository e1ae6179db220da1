// Every timeline event on paper, with its date and its type in words (event-words.ts).
import type { TimelineEvent } from '../../../engine/index';
import { shortDate } from '../../ui/display/dates';
import { timelineEventWord } from '../../ui/display/event-words';

export function ReportEvents({ events, startDate }: { events: readonly TimelineEvent[]; startDate: string }) {
  return (
    <table className="report-events" data-testid="report-events">
      <colgroup>
        <col style={{ width: '14%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '12%' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Unit / key</th>
          <th scope="col">What happens</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          <tr key={i} data-type={e.type}>
            <td className="nowrap">{shortDate(startDate, e.day)}</td>
            <td>{timelineEventWord(e.type)}</td>
            <td>{[e.unit, e.key].filter(Boolean).join(' / ') || 'all units'}</td>
            <td>
              {e.message} {e.cite && <cite>{e.cite}</cite>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
