// Every timeline event on paper: the timeline's events table with its date and its type in words
// (ui/display/event-words.ts), nothing greyed, with column widths for the page.
import type { TimelineEvent } from '../../../engine/index';
import { EventTable } from '../../ui/charts/timeline-events-list';

const WIDTHS = ['14%', '20%', '12%', undefined] as const;

export function ReportEvents({ events, startDate }: { events: readonly TimelineEvent[]; startDate: string }) {
  return <EventTable events={events} startDate={startDate} asOfDay={-1} className="report-events" testId="report-events" columnWidths={WIDTHS} />;
}
