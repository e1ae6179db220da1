// The pipeline's combination step: the running license over time, one unit's own or the failover /
// cluster combination of all units' (PAK: rules/combine-units.ts; Smart: smart/combine-smart-units.ts),
// walked over the days on which some unit's own license changes.
import { PAK_MODELS } from './catalog/pak/index';
import { isPakModelId } from './catalog/lookup';
import type { Plan } from './plan/schema';
import { combineUnitLicenses, createUnitCombiner } from './rules/combine-units';
import { markReverted } from './rules/link-down-reverted';
import type { SmartCombine } from './smart-integration';
import { sameLicense, type SimulationResult } from './timeline/pak-simulation';
import type { Issue, License } from './types';
import { changeLogOf, provenanceOf, stretchAt, type FeatureProvenance, type LicenseStretch } from './unit-timeline';

export interface CombinedStretch {
  from: number;
  to: number | null;
  running: License;
  provenance: FeatureProvenance | (() => FeatureProvenance);
}

/** The lists are the simulation's own, unit for unit. */
function sameLists(lists: readonly LicenseStretch[][], simulated: readonly LicenseStretch[][]): boolean {
  if (lists.length !== simulated.length) return false;
  for (let i = 0; i < lists.length; i++) if (lists[i] !== simulated[i]) return false;
  return true;
}

/** The combined running license over time: one unit's own, or the failover/cluster combination. */
export function combineTimeline(
  plan: Plan,
  unitIds: string[],
  unitStretches: Record<string, LicenseStretch[]>,
  sim: Pick<SimulationResult, 'revertedStretches' | 'stretchLists' | 'changeLog'>,
  smartCombine: SmartCombine | null,
  combineIssues: Map<string, Issue>,
  /** False for a failover pair on 8.2 or earlier: the primary's own license runs (rules/pak-version-rules.ts). */
  combines = true,
): CombinedStretch[] {
  if (unitIds.length === 0) return [{ from: 0, to: null, running: {}, provenance: {} }];
  const lists = unitIds.map((id) => unitStretches[id]!);
  // The lists are ordered and contiguous from day 0: each day on which some unit's own license
  // changes moves that unit to its next stretch (the change log, which the simulation keeps as it
  // goes when the units are all its own). The edges of a link-down reversion are change days too.
  const log = sameLists(lists, sim.stretchLists) ? sim.changeLog : changeLogOf(lists);
  const reverted = sim.revertedStretches;
  const edges: number[] = [];
  for (const r of reverted) {
    edges.push(r.from);
    if (r.to < Number.MAX_SAFE_INTEGER) edges.push(r.to);
  }
  const primary = plan.deployment.units.find((u) => u.id === unitIds[0]);
  const pakModel = primary && isPakModelId(primary.model) ? PAK_MODELS[primary.model] : null;
  const single = plan.deployment.mode === 'standalone' || unitIds.length === 1 || !combines;
  const combiner = pakModel && !single ? createUnitCombiner(pakModel, unitIds.length) : null;
  // The explanations are built only for the stretches kept, and only when asked for.
  const explainOwn = (first: LicenseStretch, reverted: boolean) => (reverted ? () => markReverted(provenanceOf(first), unitIds[0]!) : () => provenanceOf(first));
  // The combination is rebuilt from the units' stretches on that day.
  const explainCombined = (day: number) => () =>
    combineUnitLicenses(
      pakModel!,
      unitIds.map((unit, i) => ({ unit, license: stretchAt(lists[i]!, day).license })),
    ).provenance();
  const current = lists.map((list) => list[0]!);
  const next = lists.map(() => 0);
  const out: CombinedStretch[] = [];
  let r = 0;
  let e = 0;
  let c = 0;
  let combinedNow: License | null = null;
  const { days, units } = log;
  for (;;) {
    const day = Math.min(c < days.length ? days[c]! : Infinity, e < edges.length ? edges[e]! : Infinity);
    if (day === Infinity) break;
    while (e < edges.length && edges[e] === day) e++;
    for (; c < days.length && days[c] === day; c++) {
      const i = units[c]!;
      const stretch = lists[i]![next[i]!++]!;
      current[i] = stretch;
      combiner?.set(i, stretch.license, stretch.changedMask);
    }
    while (r < reverted.length && reverted[r]!.to <= day) r++;
    const isReverted = r < reverted.length && reverted[r]!.from <= day;
    const combinedBefore = combinedNow;
    combinedNow = combiner ? combiner.combine() : null;
    const own = single || isReverted || !(combinedNow || smartCombine);
    let license: License;
    let provenance: FeatureProvenance | (() => FeatureProvenance) | null = null;
    if (own) license = current[0]!.license;
    else if (combinedNow) license = combinedNow;
    else {
      const result = smartCombine!(
        day,
        unitIds.map((unit, i) => ({ unit, stretch: current[i]! })),
      );
      ({ license, provenance } = result);
      for (const issue of result.issues ?? []) combineIssues.set(`${issue.code}|${issue.message}`, issue);
    }
    const last = out.at(-1);
    // The combiner makes a new object only when a value changed: then it differs from the one before without comparing.
    const changedByCombiner = license === combinedNow && combinedNow !== combinedBefore && last?.running === combinedBefore;
    if (last && !changedByCombiner && (last.running === license || sameLicense(last.running, license))) continue;
    if (last) last.to = day;
    out.push({ from: day, to: null, running: license, provenance: provenance ?? (own ? explainOwn(current[0]!, isReverted) : explainCombined(day)) });
  }
  return out;
}
