// One pass over a plan: validation, the per-unit license timelines, the combined timeline.
// `resultAt` then answers for any day without simulating again.
import { PAK_MODELS } from './catalog/pak/index';
import { isPakModelId } from './catalog/lookup';
import { dateFormatter } from './dates';
import { parsePlan } from './plan/parse-plan';
import type { PakUnit, Plan } from './plan/schema';
import { validatePakUnit, validatePermanentKeyEvent } from './plan/validate-pak-unit';
import { validateReferences } from './plan/validate-references';
import { observedNotes } from './plan/observed-notes';
import type { Provenance, TimelineEvent } from './result';
import { combineUnitLicenses, createUnitCombiner } from './rules/combine-units';
import { licenseConflicts } from './rules/license-conflicts';
import { lapsesFromExpiries } from './rules/lapse-causes';
import { noPayloadEncryptionLicenses } from './rules/no-payload-encryption-licenses';
import { DEFAULT_PURCHASE_LEAD_DAYS, findLapses, lapseIssuesAndEvents, type Lapse } from './rules/renewal-warnings';
import { pakClusterRequirements } from './rules/pak-cluster-requirements';
import { subscriptionRenewals } from './rules/subscription-renewals';
import { pakFailoverRequirements } from './rules/pak-failover-requirements';
import { pakVersionRulesForPlan } from './rules/pak-version-rules';
import { sharedLicenseIssues } from './rules/shared-license-rules';
import { requirementsOverTime, type BrokenStretch } from './rules/requirements-over-time';
import type { PakUnitForRules } from './rules/pak-unit-for-rules';
import { sameLicense, simulatePak, type SimKeyResult, type SimulationResult, type SimUnitInput } from './timeline/pak-simulation';
import type { FeatureId, Issue, License } from './types';
import { changeLogOf, provenanceOf, stretchAt, type FeatureProvenance, type LicenseStretch, type UnitEvent } from './unit-timeline';
import { analyzeSmartUnits, type SmartCombine } from './smart-integration';
import type { SmartBillOfMaterials } from './smart/index';
import { analyzePlanSecureClient } from './secure-client-integration';
import type { SecureClientReport } from './secure-client/index';
import { withRunningPeers } from './secure-client/running-peers';

export interface CombinedStretch {
  from: number;
  to: number | null;
  running: License;
  provenance: FeatureProvenance | (() => FeatureProvenance);
}

export interface PlanAnalysis {
  plan: Plan | null;
  issues: Issue[];
  valid: boolean;
  unitIds: string[];
  unitStretches: Record<string, LicenseStretch[]>;
  combined: CombinedStretch[];
  keys: SimKeyResult[];
  events: TimelineEvent[];
  /** Smart plans: the PIDs to order (001 §"License PIDs"). */
  billOfMaterials: SmartBillOfMaterials | null;
  /** Secure Client (AnyConnect) licensing, when the plan has a `secureClient` section. */
  secureClient: SecureClientReport | null;
  /** Drops of the running license caused by expiring keys, with their order-by days. */
  lapses: Lapse[];
  /** The stretches over which a PAK pair's or cluster's license requirements are not met. */
  broken: BrokenStretch[];
}

const EMPTY: Omit<PlanAnalysis, 'issues' | 'valid'> = { plan: null, unitIds: [], unitStretches: {}, combined: [], keys: [], events: [], billOfMaterials: null, secureClient: null, lapses: [], broken: [] };

export function analyzePlan(input: unknown): PlanAnalysis {
  const parsed = parsePlan(input);
  if (!parsed.ok) return { ...EMPTY, issues: parsed.issues, valid: false };
  const plan = parsed.plan;
  const issues: Issue[] = [...validateReferences(plan), ...observedNotes(plan)];
  const combinedMode = plan.deployment.mode !== 'standalone';

  const pakInputs: SimUnitInput[] = [];
  const pakForRules: PakUnitForRules[] = [];
  plan.deployment.units.forEach((unit, index) => {
    if (!isPakModelId(unit.model)) return;
    const pak = unit as PakUnit;
    const checked = validatePakUnit(pak, index);
    issues.push(...checked.issues, ...noPayloadEncryptionLicenses(pak, index, checked.tier));
    const model = PAK_MODELS[pak.model];
    const permanentKeys: NonNullable<SimUnitInput['permanentKeys']> = [];
    plan.events.forEach((event, e) => {
      if (event.type !== 'permanent-key' || event.unit !== pak.id) return;
      const checkedKey = validatePermanentKeyEvent(pak, event.tier, event.features, `events[${e}]`);
      issues.push(...checkedKey.issues);
      if (checkedKey.tier) permanentKeys.push({ day: event.day, tier: checkedKey.tier, features: checkedKey.features });
    });
    pakInputs.push({
      permanentKeys,
      id: pak.id,
      index,
      model,
      tier: checked.tier,
      software: pak.software,
      permanentFeatures: checked.permanentFeatures,
      keys: checked.keys,
      variant: { partSuffix: pak.partSuffix, noPayloadEncryption: pak.noPayloadEncryption },
    });
    pakForRules.push({ id: pak.id, index, model, tier: checked.tier, permanentFeatures: checked.permanentFeatures });
  });

  if (plan.deployment.mode === 'failover' && pakForRules.length > 0) issues.push(...pakFailoverRequirements(plan, pakForRules));
  if (plan.deployment.mode === 'cluster' && pakForRules.length > 0) issues.push(...pakClusterRequirements(pakForRules));

  issues.push(...sharedLicenseIssues(plan, pakInputs));
  // 000 §"History for PAK Licenses": rules by software release (rules/pak-version-rules.ts).
  const versions = pakVersionRulesForPlan(plan, pakInputs);
  issues.push(...versions.issues);
  for (const u of pakInputs) if (versions.oneActiveKey.has(u.id)) u.oneActiveKey = true;
  const toDate = dateFormatter(plan.startDate);
  const sim = simulatePak(pakInputs, plan.events, combinedMode && versions.combines, toDate);
  issues.push(...sim.issues);
  const unitStretches: Record<string, LicenseStretch[]> = { ...sim.unitStretches };
  // Every event gets its calendar date as it joins the timeline (the simulation's come with theirs).
  const unitEvents: TimelineEvent[] = sim.events;
  // The expiries, as they come in unitEvents (what findLapses reads): the simulation lists its own.
  const expiries: TimelineEvent[] = sim.expiries;
  // The simulation's events are in day order as made (it steps from day to day); others may not be.
  let simEventsOnly = true;
  const addUnitEvent = (e: TimelineEvent): void => {
    simEventsOnly = false;
    unitEvents.push(e);
    if (e.type === 'expired') expiries.push(e);
  };
  // Not `{ ...e, date }`: in V8 a spread followed by a new property makes a new hidden class on every call.
  const dated = (e: UnitEvent): TimelineEvent => {
    const out = Object.assign({}, e) as TimelineEvent;
    out.date = toDate(e.day);
    return out;
  };

  const smart = analyzeSmartUnits(plan);
  issues.push(...smart.issues);
  Object.assign(unitStretches, smart.unitStretches);
  for (const e of smart.events) addUnitEvent(dated(e));

  const unitIds = plan.deployment.units.map((u) => u.id).filter((id) => unitStretches[id] !== undefined);
  const secureClient = analyzePlanSecureClient(plan);
  if (secureClient) applyRunningPeers(plan, secureClient, unitStretches);
  const combineIssues = new Map<string, Issue>();
  const combined = combineTimeline(plan, unitIds, unitStretches, sim, smart.combine, combineIssues, versions.combines);
  issues.push(...combineIssues.values());

  issues.push(...conflictsOverTime(plan, unitIds, unitStretches));
  let broken: BrokenStretch[] = [];
  const mode = plan.deployment.mode;
  if (mode !== 'standalone' && pakForRules.length >= 2 && pakForRules.length === plan.deployment.units.length) {
    const over = requirementsOverTime({ mode, activeActive: plan.deployment.failover === 'active-active', multipleContext: plan.deployment.contextMode === 'multiple', units: pakForRules, stretches: pakForRules.map((u) => unitStretches[u.id]!) }, toDate);
    issues.push(...over.issues);
    for (const e of over.events) addUnitEvent(e);
    broken = over.broken;
  }
  if (plan.deployment.mode === 'failover' && plan.deployment.failover === 'active-active' && plan.deployment.contextMode === 'multiple') {
    const contexts = combined[0]?.running['security-contexts'];
    if (typeof contexts === 'number') {
      issues.push({ severity: 'info', code: 'active-active-contexts-divided', message: `Active/Active: the ${contexts} combined contexts are divided between the two units (for example ${Math.ceil(contexts * 0.6)} on one and ${contexts - Math.ceil(contexts * 0.6)} on the other)`, feature: 'security-contexts', cite: '000 §"How Failover or ASA Cluster Licenses Combine"' });
    }
  }
  if (sim.revertedStretches.length > 0) {
    issues.push({ severity: 'warning', code: 'link-down-reverted', message: `Units lose communication for more than 30 days from day ${sim.revertedStretches[0]!.from - 30}: each unit reverts to its own license, and time comes off every unit's keys`, day: sim.revertedStretches[0]!.from, cite: '000 §"Loss of Communication Between Failover or ASA Cluster Units"' });
  }

  if (secureClient) {
    issues.push(...secureClient.issues);
    for (const e of secureClient.events) addUnitEvent(dated(e));
    // The legacy shared-license simulation runs in fractional days; its events go on the plan's
    // timeline on the day they happen.
    for (const e of secureClient.shared?.events ?? []) {
      addUnitEvent(dated({ day: Math.floor(e.day), type: 'shared-license', ...(e.unit ? { unit: e.unit } : {}), message: e.message, cite: e.cite }));
    }
  }
  const leadDays = plan.purchaseLeadDays ?? DEFAULT_PURCHASE_LEAD_DAYS;
  const keyLapses = lapsesFromExpiries(findLapses(combined, expiries, leadDays), sim.keys);
  const renewals = lapseIssuesAndEvents(keyLapses, plan.horizonDays, leadDays, toDate);
  // Subscription terms (Secure Client, ASAv100) join the top-level renewals; their events are already on the timeline.
  const subscriptions = subscriptionRenewals(combined, secureClient, smart.subscriptions, leadDays);
  const lapses = subscriptions.length === 0 ? keyLapses : [...keyLapses, ...subscriptions].sort((a, b) => a.day - b.day);
  issues.push(...renewals.issues);
  const events = (simEventsOnly || inDayOrder(unitEvents)) && inDayOrder(renewals.events) ? mergeByDay(unitEvents, renewals.events) : sortByDay([...unitEvents, ...renewals.events]);

  return { plan, issues, valid: !issues.some((i) => i.severity === 'error'), unitIds, unitStretches, combined, keys: sim.keys, events, billOfMaterials: smart.billOfMaterials, secureClient, lapses, broken };
}

/** Each unit's AnyConnect peers follow the Secure Client licenses in force (secure-client/running-peers.ts). */
function applyRunningPeers(plan: Plan, report: SecureClientReport, unitStretches: Record<string, LicenseStretch[]>): void {
  const starts = report.licenses.filter((w) => w.kind !== 'legacy' && w.type !== 'apex-evaluation').map((w) => w.startDay);
  const firstNewDay = starts.length ? Math.min(...starts) : null;
  for (const unit of plan.deployment.units) {
    const list = unitStretches[unit.id];
    if (!list) continue;
    unitStretches[unit.id] = withRunningPeers(list, report.stretches, { unit: unit.id, licensing: isPakModelId(unit.model) ? 'pak' : 'smart', firstNewDay });
  }
}

const inDayOrder = (events: readonly TimelineEvent[]): boolean => {
  for (let i = 1; i < events.length; i++) if (events[i - 1]!.day > events[i]!.day) return false;
  return true;
};

/** Array.prototype.sort is stable: events of one day keep the order they were produced in. */
const sortByDay = (events: TimelineEvent[]): TimelineEvent[] => events.sort((a, b) => a.day - b.day);

/** Two lists in day order as one, as the stable sort of `a` followed by `b` would give (on a tie, `a`'s event first). `b` is short (renewals): each of its events finds its place in `a` by binary search. */
function mergeByDay(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  if (b.length === 0) return a as TimelineEvent[];
  const out: TimelineEvent[] = [];
  let from = 0;
  for (const e of b) {
    // After every event of `a` on or before e's day.
    let lo = from;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.day <= e.day) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(a[i]!);
    out.push(e);
    from = lo;
  }
  for (let i = from; i < a.length; i++) out.push(a[i]!);
  return out;
}

/** The lists are the simulation's own, unit for unit. */
function sameLists(lists: readonly LicenseStretch[][], simulated: readonly LicenseStretch[][]): boolean {
  if (lists.length !== simulated.length) return false;
  for (let i = 0; i < lists.length; i++) if (lists[i] !== simulated[i]) return false;
  return true;
}

/** The combined running license over time: one unit's own, or the failover/cluster combination. */
function combineTimeline(
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
  const explainCombined = (day: number) => () => combineUnitLicenses(pakModel!, unitIds.map((unit, i) => ({ unit, license: stretchAt(lists[i]!, day).license }))).provenance();
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
      const result = smartCombine!(day, unitIds.map((unit, i) => ({ unit, stretch: current[i]! })));
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

function markReverted(provenance: FeatureProvenance, unit: string): FeatureProvenance {
  const out: FeatureProvenance = {};
  for (const [f, p] of Object.entries(provenance) as [FeatureId, Provenance][]) {
    out[f] = { ...p, rule: `${p.rule} — link down over 30 days: ${unit} runs on its own license`, cite: `${p.cite}; 000 §"Loss of Communication Between Failover or ASA Cluster Units"` };
  }
  return out;
}

function conflictsOverTime(plan: Plan, unitIds: string[], unitStretches: Record<string, LicenseStretch[]>): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const id of unitIds) {
    const model = plan.deployment.units.find((u) => u.id === id)?.model;
    const notes = model !== undefined && isPakModelId(model) ? PAK_MODELS[model].notes : [];
    for (const s of unitStretches[id]!) {
      for (const issue of licenseConflicts(id, s.license, s.from, notes)) {
        const k = `${issue.code}|${id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(issue);
      }
    }
  }
  return out;
}
