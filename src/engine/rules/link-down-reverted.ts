// 000 §"Loss of Communication Between Failover or ASA Cluster Units": "If the units lose
// communication for more than 30 days, then each unit reverts to the license installed locally. …
// If you do not restore communication during the 30-day period, then for time-based licenses, time
// is subtracted from all unit licenses". The simulation finds the stretches (timeline/); these are
// the words for the plan's issues and for the running license's explanation.
import type { Provenance } from '../timeline-event';
import { LINK_GRACE_DAYS } from '../timeline/pak-simulation';
import type { FeatureId, Issue } from '../types';
import type { FeatureProvenance } from '../unit-timeline';

const LINK_CITE = '000 §"Loss of Communication Between Failover or ASA Cluster Units"';

/** A warning from the first stretch over which the units run on their own licenses (it starts when the grace ends). */
export function linkDownReverted(reverted: readonly { from: number; to: number }[]): Issue[] {
  const first = reverted[0];
  if (!first) return [];
  return [
    {
      severity: 'warning',
      code: 'link-down-reverted',
      message: `Units lose communication for more than ${LINK_GRACE_DAYS} days from day ${first.from - LINK_GRACE_DAYS}: each unit reverts to its own license, and time comes off every unit's keys`,
      day: first.from,
      cite: LINK_CITE,
    },
  ];
}

/** The explanation of the running license while `unit` (the primary/control) runs on its own after the grace. */
export function markReverted(provenance: FeatureProvenance, unit: string): FeatureProvenance {
  const out: FeatureProvenance = {};
  for (const [f, p] of Object.entries(provenance) as [FeatureId, Provenance][]) {
    out[f] = { ...p, rule: `${p.rule} — link down over ${LINK_GRACE_DAYS} days: ${unit} runs on its own license`, cite: `${p.cite}; ${LINK_CITE}` };
  }
  return out;
}
