// Vertical markers for the timeline events that change what runs (called as a function inside a
// chart so Recharts sees the ReferenceLine elements directly).
import { ReferenceLine } from 'recharts';
import type { TimelineEvent, TimelineEventType } from '../../engine/index';

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

export function EventMarkers({ events }: { events: readonly TimelineEvent[] }) {
  return markedEvents(events).map((m) => <ReferenceLine key={`ev-${m.day}`} x={m.day} stroke={m.color} strokeOpacity={0.7} strokeDasharray="2 3" ifOverflow="hidden" />);
}
