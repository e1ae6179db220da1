// The shaded bands of a timeline, read off the engine's stretches (engine/timeline/timeline-stretches.ts):
// which to draw for the keys chosen, clipped to the horizon, each with its legend entry and a title
// naming its dates and days. Each kind has its own pattern (line direction, dots, cross-hatch), so
// the bands tell apart in light, dark and greyscale print, not by colour alone.
import type { TimelineStretch, TimelineStretchKind } from '../../../engine/index';
import { shortDate } from '../display/dates';

export interface BandStyle {
  label: string;
  /** The pattern's drawing, in a 8 × 8 tile: lines or dots. */
  pattern: 'slash' | 'backslash' | 'dots' | 'vertical' | 'horizontal' | 'cross' | 'diagonal-cross';
  color: string;
}

/** In the order the legend lists them. */
export const BAND_STYLES: Readonly<Record<TimelineStretchKind, BandStyle>> = {
  'power-off': { label: 'Powered off', pattern: 'slash', color: 'var(--warning)' },
  deactivated: { label: 'Key deactivated', pattern: 'dots', color: 'var(--muted)' },
  'link-down': { label: 'Link down (dashed line: 30-day grace ends)', pattern: 'backslash', color: 'var(--danger)' },
  evaluation: { label: 'Smart evaluation', pattern: 'vertical', color: 'var(--chart-3)' },
  'call-home-grace': { label: 'Call-home grace', pattern: 'horizontal', color: 'var(--chart-4)' },
  'out-of-compliance': { label: 'Out of compliance', pattern: 'cross', color: 'var(--danger)' },
  'coverage-gap': { label: 'No Secure Client license', pattern: 'diagonal-cross', color: 'var(--danger)' },
};

const ORDER = Object.keys(BAND_STYLES) as TimelineStretchKind[];

export interface Band {
  kind: TimelineStretchKind;
  from: number;
  /** Exclusive, clipped to the horizon. */
  to: number;
  /** The 30-day mark of a link-down, within the band. */
  markDay?: number;
  /** What a hover says: the kind, whom it concerns, the dates and days, the engine's words. */
  title: string;
}

export interface BandOptions {
  /** Only this unit's stretches and the deployment-wide ones; undefined: every unit's. */
  unit?: string;
  /** The kinds drawn (the key and feature charts leave the Secure Client gaps to their own chart). */
  kinds?: readonly TimelineStretchKind[];
}

/** The bands within [0, horizon], in day order. */
export function chartBands(stretches: readonly TimelineStretch[], startDate: string, horizon: number, options: BandOptions = {}): Band[] {
  const out: Band[] = [];
  for (const s of stretches) {
    if (options.kinds !== undefined && !options.kinds.includes(s.kind)) continue;
    if (options.unit !== undefined && s.unit !== undefined && s.unit !== options.unit) continue;
    const from = Math.max(0, s.from);
    const to = s.to === null ? horizon : Math.min(s.to, horizon);
    if (from >= horizon || to <= from) continue;
    const who = [s.unit, s.key].filter((w) => w !== undefined).join(' · ');
    const span =
      s.to === null ? `from ${shortDate(startDate, s.from)} (day ${s.from}) to the end of the plan` : `${shortDate(startDate, s.from)} to ${shortDate(startDate, s.to)} (days ${s.from}–${s.to})`;
    const marked = s.markDay !== undefined && s.markDay <= horizon;
    const mark = marked ? ` The 30-day grace ends on ${shortDate(startDate, s.markDay!)} (day ${s.markDay}).` : '';
    const name = BAND_STYLES[s.kind].label.replace(/ \(.*\)$/, '');
    out.push({ kind: s.kind, from, to, ...(marked ? { markDay: s.markDay } : {}), title: `${name}${who ? ` (${who})` : ''}: ${span}. ${s.message.replace(/\.$/, '')}.${mark}` });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The kinds present, in legend order. */
export function legendKinds(bands: readonly Band[]): TimelineStretchKind[] {
  const present = new Set(bands.map((b) => b.kind));
  return ORDER.filter((k) => present.has(k));
}

/** The kinds the key and feature charts draw. */
export const TIMELINE_KINDS: readonly TimelineStretchKind[] = ORDER.filter((k) => k !== 'coverage-gap');
