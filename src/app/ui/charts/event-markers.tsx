// Markers for the timeline events that change what runs: one plain SVG line per day, placed with
// the chart's x scale (hundreds of Recharts ReferenceLines each subscribe to the chart's store,
// which costs seconds on a 16-unit cluster). Past MAX_FULL_MARKERS days the lines would hide the
// chart, so each day gets a short tick along the bottom instead (where the events cluster). Each
// marker's title (its tooltip on hover) gives the date, the day number and what happened.
import { useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import type { TimelineEvent, TimelineEventType } from '../../../engine/index';
import { shortDate } from '../display/dates';

const MARKED: Partial<Record<TimelineEventType, string>> = {
  expired: 'var(--danger)',
  'evaluation-expired': 'var(--danger)',
  'fallback-to-permanent': 'var(--danger)',
  'out-of-compliance': 'var(--danger)',
  'power-off': 'var(--warning)',
  'link-down': 'var(--warning)',
  'link-down-grace-ended': 'var(--warning)',
  'no-call-home': 'var(--warning)',
  deactivated: 'var(--muted)',
  activated: 'var(--ok)',
  'auto-activated': 'var(--ok)',
  'renewal-due': 'var(--warning)',
};

/** More marked days than this are drawn as ticks along the bottom of the chart. */
export const MAX_FULL_MARKERS = 80;
const TICK = 8;

/** One marker per day, coloured by the most serious event of that day. */
export function markedEvents(events: readonly TimelineEvent[]): { day: number; color: string; text: string }[] {
  const byDay = new Map<number, { color: string; texts: string[] }>();
  const rank = (c: string) => (c === 'var(--danger)' ? 3 : c === 'var(--warning)' ? 2 : 1);
  for (const e of events) {
    const color = MARKED[e.type];
    if (color === undefined) continue;
    const cur = byDay.get(e.day);
    if (cur === undefined) byDay.set(e.day, { color, texts: [e.message] });
    else {
      cur.texts.push(e.message);
      if (rank(color) > rank(cur.color)) cur.color = color;
    }
  }
  return [...byDay].map(([day, v]) => ({ day, color: v.color, text: v.texts.join('\n') }));
}

/** What a marker's tooltip says: "12 Mar 2027 · day 70", then each event of that day. */
export const markerTitle = (startDate: string, m: { day: number; text: string }) => `${shortDate(startDate, m.day)} · day ${m.day}\n${m.text}`;

/** Inside a chart: the markers of the events within the x axis' domain. */
export function EventMarkers({ events, startDate }: { events: readonly TimelineEvent[]; startDate: string }) {
  const markers = useMemo(() => markedEvents(events), [events]);
  const scale = useXAxisScale();
  const area = usePlotArea();
  if (scale === undefined || area === undefined) return null;
  const y2 = area.y + area.height;
  const ticks = markers.length > MAX_FULL_MARKERS;
  const y1 = ticks ? y2 - TICK : area.y;
  return (
    <g className={ticks ? 'event-markers event-ticks' : 'event-markers'} aria-hidden="true">
      {markers.map((m) => {
        const x = scale(m.day);
        if (x === undefined || x < area.x - 0.5 || x > area.x + area.width + 0.5) return null;
        return (
          <g key={m.day} className="event-marker" data-day={m.day}>
            <title>{markerTitle(startDate, m)}</title>
            {ticks ? <line x1={x} x2={x} y1={y1} y2={y2} stroke={m.color} strokeOpacity={0.8} /> : <line x1={x} x2={x} y1={y1} y2={y2} stroke={m.color} strokeOpacity={0.7} strokeDasharray="2 3" />}
            {/* A wider, invisible line the pointer finds, for the tooltip. */}
            <line className="event-hit" x1={x} x2={x} y1={y1} y2={y2} stroke="transparent" strokeWidth={8} />
          </g>
        );
      })}
    </g>
  );
}
