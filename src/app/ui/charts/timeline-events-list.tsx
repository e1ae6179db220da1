// Every timeline event as a table under a disclosure, the ones on or before the as-of day greyed.
// Each row is memoised on its event and whether it is past, so moving the day redraws only the
// rows it passes; while the disclosure is closed the rows do not follow the day at all (nothing
// greyed shows), yet stay in the page for find-in-page. Past 300 events only the first 300 are
// drawn until "Show all" (a 2,000-key plan's ~2,000 events were ~12,000 elements).
import { memo, useState } from 'react';
import type { TimelineEvent } from '../../../engine/index';
import { shortDate } from '../display/dates';
import { timelineEventWord } from '../display/event-words';
import { useFirstRows } from '../display/first-rows';

interface Props {
  events: readonly TimelineEvent[];
  startDate: string;
  asOfDay: number;
}

/** Longer lists draw their first rows and a button for all: find-in-page then finds only those. */
const FIRST_ROWS = 300;

export function TimelineEventsList({ events, startDate, asOfDay }: Props) {
  const [open, setOpen] = useState(false);
  const { shown, toggle } = useFirstRows(events, FIRST_ROWS, 'events');
  return (
    <details className="events-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Timeline events ({events.length})</summary>
      <EventTable events={shown} startDate={startDate} asOfDay={open ? asOfDay : -1} />
      {toggle}
    </details>
  );
}

/** The events table, also printed in the report (there nothing is past: `asOfDay` -1; fixed column widths for paper). */
export const EventTable = memo(function EventTable({
  events,
  startDate,
  asOfDay,
  className,
  testId,
  columnWidths,
}: Props & { className?: string; testId?: string; columnWidths?: readonly (string | undefined)[] }) {
  return (
    <table className={className} data-testid={testId}>
      {columnWidths && (
        <colgroup>
          {columnWidths.map((w, i) => (
            <col key={i} style={w === undefined ? undefined : { width: w }} />
          ))}
        </colgroup>
      )}
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
          <EventRow key={i} event={e} startDate={startDate} past={e.day <= asOfDay} />
        ))}
      </tbody>
    </table>
  );
});

const EventRow = memo(function EventRow({ event: e, startDate, past }: { event: TimelineEvent; startDate: string; past: boolean }) {
  return (
    <tr className={past ? 'past' : undefined} data-type={e.type}>
      <td className="nowrap">{shortDate(startDate, e.day)}</td>
      <td>{timelineEventWord(e.type)}</td>
      <td>{[e.unit, e.key].filter(Boolean).join(' / ') || '—'}</td>
      <td>
        {e.message} {e.cite && <cite>{e.cite}</cite>}
      </td>
    </tr>
  );
});
