// The stretches of days a timeline shades as bands (issue 21, item 2): what the engine already knows
// as periods, gathered in one typed list so the app draws them without re-deriving any rule.
// Read off a plan analysis; not part of the `evaluate` result (its JSON is unchanged).
//   power-off: a unit's stretches flagged poweredOff (PAK: 000 §"How the Time-Based License Timer
//     Works" on 9.x, 004 on 8.x, where the timer keeps counting while the ASA is shut down; Smart: 001 §"Evaluation License").
//   deactivated: a key's history between losing its active flag and regaining it or expiring
//     (000 §"How the Time-Based License Timer Works": the timer halts until it is activated again).
//   link-down: the engine's link-down and link-restored events, with the day the 30-day grace ends
//     as its mark (000 §"Loss of Communication Between Failover or ASA Cluster Units").
//   evaluation, call-home-grace: the Smart rules' own periods (001 §"Evaluation License",
//     001 §"Periodic Communication with the Smart Software Manager").
//   out-of-compliance: Smart unit stretches flagged outOfCompliance (001 §"Out-of-Compliance State").
//   coverage-gap: the Secure Client report's gaps (002/003, secure-client/coverage-gaps.ts).
import type { PlanAnalysis } from '../analyze-plan';
import { SMART_MODELS } from '../catalog/smart/index';
import { isPakModelId } from '../catalog/lookup';
import { CITE } from '../catalog/smart/cites';
import { SMART_COMMUNICATION } from '../catalog/smart/communication';
import type { SmartUnit } from '../plan/schema';
import { callHomeCompliance } from '../smart/call-home-compliance';
import { evaluationPhase } from '../smart/evaluation-period';
import { powerOffIntervals, registrationDay } from '../smart/smart-unit-timeline';
import type { Cite } from '../types';
import type { LicenseStretch } from '../unit-timeline';
import { ACTIVE, EXPIRED, INSTALLED } from './key-history';

export type TimelineStretchKind = 'power-off' | 'deactivated' | 'link-down' | 'evaluation' | 'call-home-grace' | 'out-of-compliance' | 'coverage-gap';

export interface TimelineStretch {
  kind: TimelineStretchKind;
  from: number;
  /** Exclusive; null when it lasts for ever after (past the horizon). */
  to: number | null;
  /** The unit it concerns; absent for the whole deployment (link-down, Secure Client). */
  unit?: string;
  key?: string;
  /** link-down: the day the 30-day grace ends, when the link stays down that long. */
  markDay?: number;
  message: string;
  cite: Cite;
}

const LINK_CITE = '000 §"Loss of Communication Between Failover or ASA Cluster Units"';
const TIMER_CITE = '000 §"How the Time-Based License Timer Works"';

/** The runs of consecutive stretches for which `flag` holds, merged. */
function flaggedRuns(list: readonly LicenseStretch[], flag: (s: LicenseStretch) => boolean): { from: number; to: number | null }[] {
  const out: { from: number; to: number | null }[] = [];
  for (const s of list) {
    if (!flag(s)) continue;
    const last = out.at(-1);
    if (last && last.to === s.from) last.to = s.to;
    else out.push({ from: s.from, to: s.to });
  }
  return out;
}

export function timelineStretches(analysis: PlanAnalysis): TimelineStretch[] {
  const plan = analysis.plan;
  if (!plan) return [];
  const out: TimelineStretch[] = [];
  const firstEvent = (type: string, day: number, unit?: string) => analysis.events.find((e) => e.type === type && e.day === day && (unit === undefined || e.unit === unit));

  for (const id of analysis.unitIds) {
    const list = analysis.unitStretches[id] ?? [];
    for (const r of flaggedRuns(list, (s) => s.poweredOff === true)) {
      const e = firstEvent('power-off', r.from, id);
      out.push({ kind: 'power-off', unit: id, ...r, message: e?.message ?? `${id} powered off`, cite: e?.cite ?? TIMER_CITE });
    }
    for (const r of flaggedRuns(list, (s) => s.outOfCompliance === true)) {
      const e = firstEvent('out-of-compliance', r.from, id);
      out.push({ kind: 'out-of-compliance', unit: id, ...r, message: e?.message ?? `${id} is out of compliance`, cite: e?.cite ?? CITE.outOfCompliance });
    }
  }

  // A key's history (key-history.ts): deactivated from the point its active flag drops while it is
  // installed and not expired, until it is active again or expires.
  for (const k of analysis.keys) {
    if (k.mergedInto !== null) continue;
    const h = k.history;
    let start: number | null = null;
    let wasActive = false;
    for (let p = 0; p < h.length; p += 3) {
      const day = h[p]!;
      const flags = h[p + 2]!;
      const off = (flags & INSTALLED) !== 0 && (flags & ACTIVE) === 0 && (flags & EXPIRED) === 0;
      if (start === null && off && wasActive) start = day;
      else if (start !== null && !off) {
        out.push({ kind: 'deactivated', unit: k.unit, key: k.id, from: start, to: day, message: `Key "${k.id}" is deactivated; its timer halts`, cite: TIMER_CITE });
        start = null;
      }
      if ((flags & ACTIVE) !== 0) wasActive = true;
    }
    if (start !== null) out.push({ kind: 'deactivated', unit: k.unit, key: k.id, from: start, to: null, message: `Key "${k.id}" is deactivated; its timer halts`, cite: TIMER_CITE });
  }

  // Link-down: the simulation's own events, in day order (validation refuses overlapping outages).
  let down: { from: number; message: string } | null = null;
  let mark: number | undefined;
  for (const e of analysis.events) {
    if (e.type === 'link-down') {
      down = { from: e.day, message: e.message };
      mark = undefined;
    } else if (e.type === 'link-down-grace-ended' && down) mark = e.day;
    else if (e.type === 'link-restored' && down) {
      out.push({ kind: 'link-down', from: down.from, to: e.day, ...(mark !== undefined ? { markDay: mark } : {}), message: down.message, cite: LINK_CITE });
      down = null;
    }
  }
  if (down) out.push({ kind: 'link-down', from: down.from, to: null, ...(mark !== undefined ? { markDay: mark } : {}), message: down.message, cite: LINK_CITE });

  for (const unit of plan.deployment.units) {
    if (isPakModelId(unit.model) || !(unit.model in SMART_MODELS)) continue;
    const smart = unit as SmartUnit;
    const model = SMART_MODELS[smart.model];
    const registered = registrationDay(model, smart);
    const evaluation = evaluationPhase(model, smart, plan, registered, powerOffIntervals(smart, plan).intervals).period;
    if (evaluation) {
      const words = evaluation.to === registered ? `until it registers on day ${registered}` : `until its ${model.evaluation?.days ?? 90} days of use run out`;
      out.push({
        kind: 'evaluation',
        unit: unit.id,
        from: evaluation.from,
        to: evaluation.to,
        message: `${unit.id} runs in evaluation mode (default entitlements only) ${words}`,
        cite: model.evaluation?.cite ?? CITE.evaluation,
      });
    }
    for (const g of callHomeCompliance(model, smart, plan, registered).grace) {
      out.push({
        kind: 'call-home-grace',
        unit: unit.id,
        from: g.from,
        to: g.to,
        message: `${unit.id} cannot reach the license server; it stays compliant within the ${SMART_COMMUNICATION.callHomeGraceDays}-day grace`,
        cite: CITE.periodic,
      });
    }
  }

  for (const g of analysis.secureClient?.gaps ?? []) {
    if (g.kind !== 'no-coverage') continue;
    out.push({ kind: 'coverage-gap', from: g.from, to: g.to, message: 'No Secure Client license in force', cite: g.cite });
  }
  return out.sort((a, b) => a.from - b.from);
}
