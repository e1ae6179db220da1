// Failover and cluster requirements hold on every day, not only on day 0: a permanent-key event,
// an expiry or a deactivation that breaks one is an issue dated that day, and the pair or cluster
// is broken from then until the requirement is met again.
// 000 §"Failover License Requirements and Exceptions"; 000 §"ASA Cluster License Requirements and Exceptions".
// Event-driven: only the days on which a unit's own license changes one of the features the
// requirements read are checked.
import { FEATURES } from '../catalog/features';
import type { FeatureId, FeatureValue, Issue, License } from '../types';
import type { LicenseStretch } from '../unit-timeline';
import { stretchAt } from '../unit-timeline';
import type { PakUnitForRules } from './pak-unit-for-rules';
import { FAILOVER_CITE } from './pak-failover-requirements';
import { CLUSTER_CITE } from './pak-cluster-requirements';

export interface Breach {
  unit: string;
  index: number;
  feature: FeatureId;
  text: string;
}

export interface BrokenStretch {
  from: number;
  /** Exclusive; null: broken to the end. */
  to: number | null;
  reasons: string[];
  cite: string;
}

export interface RequirementsInput {
  mode: 'failover' | 'cluster';
  activeActive: boolean;
  multipleContext: boolean;
  units: readonly PakUnitForRules[];
  stretches: readonly (readonly LicenseStretch[])[];
}

const show = (f: FeatureId, v: FeatureValue | undefined): string => `${FEATURES[f].label} ${v === undefined ? 'none' : String(v)}`;

function featuresRead(input: RequirementsInput): FeatureId[] {
  if (input.mode === 'cluster') return ['clustering', 'encryption', 'ten-ge-io'];
  return ['failover', 'encryption', 'ips-module', ...(input.multipleContext ? (['anyconnect-peers'] as const) : [])];
}

/** What the requirements say of the units' own licenses on one day. */
export function breaches(input: RequirementsInput, licenses: readonly License[]): Breach[] {
  const out: Breach[] = [];
  const { units } = input;
  const first = licenses[0]!;
  const same = (feature: FeatureId, what: string) => {
    for (let i = 1; i < units.length; i++) {
      if (!Object.is(licenses[i]![feature], first[feature]))
        out.push({
          unit: units[i]!.id,
          index: units[i]!.index,
          feature,
          text: `unit "${units[i]!.id}" runs ${show(feature, licenses[i]![feature])} but "${units[0]!.id}" runs ${show(feature, first[feature])}; each unit must have ${what}`,
        });
    }
  };
  if (input.mode === 'failover') {
    units.forEach((u, i) => {
      const cap = licenses[i]!.failover;
      const name = `${u.model.name}`;
      if (cap === 'unsupported' || cap === undefined) {
        const better = Object.values(u.model.tiers).find((t) => t.features.failover && t.features.failover.default !== 'unsupported');
        out.push({
          unit: u.id,
          index: u.index,
          feature: 'failover',
          text: better ? `unit "${u.id}" no longer has the ${better.name} license failover on the ${name} needs` : `unit "${u.id}": the ${name} no longer supports failover`,
        });
      } else if (input.activeActive && cap !== 'active-active') {
        out.push({ unit: u.id, index: u.index, feature: 'failover', text: `unit "${u.id}" supports Active/Standby only, not the Active/Active the pair runs` });
      }
    });
    same('encryption', 'the same encryption license');
    if (input.multipleContext) same('anyconnect-peers', 'the same AnyConnect Apex license in multiple context mode');
    if (units.some((u) => u.tier.features['ips-module']?.options?.length || Object.values(u.model.tiers).some((t) => t.features['ips-module']?.options?.length)))
      same('ips-module', 'the same IPS module license');
    return out;
  }
  // Cluster: the Clustering row of each unit's license (a number: most units; the 5585-X's Cluster license on any unit).
  const count = units.length;
  let licensedMax = 0;
  let needsLicense = false;
  units.forEach((u, i) => {
    const c = licenses[i]!.clustering;
    if (typeof c === 'number') licensedMax = Math.max(licensedMax, c);
    else if (c === false) needsLicense = true;
    else if (c === 'unsupported' && u.model.id !== 'asa-5516-x') {
      out.push({ unit: u.id, index: u.index, feature: 'clustering', text: `unit "${u.id}" no longer has a license that supports clustering on the ${u.model.name}` });
    }
  });
  if (needsLicense && licensedMax === 0) out.push({ unit: units[0]!.id, index: units[0]!.index, feature: 'clustering', text: 'no unit has the Cluster license any more' });
  else if (licensedMax > 0 && count > licensedMax)
    out.push({ unit: units[0]!.id, index: units[0]!.index, feature: 'clustering', text: `${count} units but the Cluster license supports ${licensedMax}` });
  same('encryption', 'the same encryption license');
  if (units.some((u) => u.model.id === 'asa-5585-x-ssp-10' || u.model.id === 'asa-5585-x-ssp-20')) same('ten-ge-io', 'the same 10 GE I/O/Security Plus license');
  return out;
}

const keyOf = (b: Breach) => `${b.unit}|${b.feature}`;

/** The days after day 0 on which a requirement breaks or is met again, as issues, events and broken stretches. */
export function requirementsOverTime(input: RequirementsInput, dateOf: (day: number) => string) {
  const cite = input.mode === 'cluster' ? CLUSTER_CITE : FAILOVER_CITE;
  const what = input.mode === 'cluster' ? 'cluster' : 'pair';
  const features = featuresRead(input);
  const days: number[] = [];
  for (const list of input.stretches) {
    for (let s = 1; s < list.length; s++) {
      const a = list[s - 1]!.license;
      const b = list[s]!.license;
      for (const f of features) {
        if (!Object.is(a[f], b[f])) {
          days.push(list[s]!.from);
          break;
        }
      }
    }
  }
  const issues: Issue[] = [];
  const events: { day: number; date: string; type: 'requirement-broken' | 'requirement-met'; unit?: string; feature?: FeatureId; message: string; cite: string }[] = [];
  const broken: BrokenStretch[] = [];
  days.sort((a, b) => a - b);
  const licensesAt = (day: number) => input.stretches.map((l) => stretchAt(l, day).license);
  const atStart = breaches(input, licensesAt(0));
  let before = new Set(atStart.map(keyOf));
  let open: BrokenStretch | null = atStart.length > 0 ? { from: 0, to: null, reasons: atStart.map((b) => b.text), cite } : null;
  if (open) broken.push(open);
  for (let d = 0; d < days.length; d++) {
    const day = days[d]!;
    if (d > 0 && days[d - 1] === day) continue;
    const now = breaches(input, licensesAt(day));
    for (const b of now) {
      if (before.has(keyOf(b))) continue;
      const message = `From day ${day} (${dateOf(day)}): ${b.text}; the ${what} is broken from then`;
      issues.push({ severity: 'error', code: 'requirement-broken', message, path: `deployment.units[${b.index}]`, unit: b.unit, feature: b.feature, day, cite });
      events.push({ day, date: dateOf(day), type: 'requirement-broken', unit: b.unit, feature: b.feature, message, cite });
    }
    if (now.length > 0) {
      if (open) open.reasons = now.map((b) => b.text);
      else broken.push((open = { from: day, to: null, reasons: now.map((b) => b.text), cite }));
    } else if (open) {
      open.to = day;
      open = null;
      events.push({ day, date: dateOf(day), type: 'requirement-met', message: `From day ${day} (${dateOf(day)}) the ${what}'s license requirements are met again`, cite });
    }
    before = new Set(now.map(keyOf));
  }
  return { issues, events, broken };
}
