// The rules that depend on a PAK unit's software release, from 000 §"History for PAK Licenses"
// and 000 §"Upgrade and Downgrade Guidelines" (what 8.2 and earlier do):
// - Time-based licenses: 8.0(4)/8.1(2).
// - Non-identical failover licenses, combined: 8.3(1). 000 §"Licenses FAQ": "Starting with Version
//   8.3(1), you do not have to have matching licenses on both units"; on 8.2 "If you have mismatched
//   licenses on a failover pair, then downgrading will disable failover. Even if the keys are
//   matching, the license used will no longer be a combined license."
// - Multiple time-based licenses active at the same time (one per feature): 8.3(1). Before it "only
//   the most recently activated time-based key can be active".
// - Clustering: 9.0(1) for the ASA 5580/5585-X, 9.1(4) for the ASA 5512-X … 5555-X; 16-unit
//   5585-X clusters: 9.2(1).
import type { PakModel, TierSpec } from '../catalog/types';
import type { Plan } from '../plan/schema';
import type { FeatureValue, Issue } from '../types';
import { permanentLicense } from './permanent-license';
import { beforeTimeBasedLicenses, HISTORY_CITE, readPakReleases, releaseBefore, showThreshold, type PakRelease, type Threshold } from './pak-software-version';

export const DOWNGRADE_CITE = '000 §"Upgrade and Downgrade Guidelines"';
const FAQ_CITE = '000 §"Licenses FAQ"';
export const COMBINED_FAILOVER_FROM: Threshold = [8, 3, 1];
const CLUSTER_5585_FROM: Threshold = [9, 0, 1];
const CLUSTER_5500X_FROM: Threshold = [9, 1, 4];
const CLUSTER_16_FROM: Threshold = [9, 2, 1];
const MIDRANGE_5500X = new Set(['asa-5512-x', 'asa-5515-x', 'asa-5525-x', 'asa-5545-x', 'asa-5555-x']);

export interface VersionedPakUnit {
  id: string;
  index: number;
  model: PakModel;
  tier: TierSpec;
  permanentFeatures: Readonly<Record<string, FeatureValue>>;
  software: string | undefined;
  keys: readonly { readonly features: Readonly<Record<string, FeatureValue>> }[];
}

export interface VersionRules {
  issues: Issue[];
  /** False when a failover pair runs 8.2 or earlier: each unit runs its own license. */
  combines: boolean;
  /** Units on 8.2 or earlier: activating a key deactivates every other key of the unit. */
  oneActiveKey: Set<string>;
}

const sameValues = (a: Record<string, FeatureValue>, b: Record<string, FeatureValue>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

export function pakVersionRules(plan: Plan, units: readonly VersionedPakUnit[], releases: ReadonlyMap<string, PakRelease>): VersionRules {
  const out: VersionRules = { issues: [], combines: true, oneActiveKey: new Set() };
  if (releases.size === 0) return out;
  const mode = plan.deployment.mode;
  const before = (u: VersionedPakUnit, t: Threshold): boolean | 'unknown' => {
    const r = releases.get(u.id);
    return r ? releaseBefore(r, t) : false;
  };
  const sw = (u: VersionedPakUnit): string => releases.get(u.id)!.text;

  for (const u of units) {
    const r = releases.get(u.id);
    if (!r) continue;
    const path = `deployment.units[${u.index}]`;
    if (u.keys.length > 0) {
      const b = beforeTimeBasedLicenses(r);
      if (b !== false) {
        out.issues.push({
          severity: b === true ? 'error' : 'warning',
          code: 'time-based-needs-8.0(4)',
          message: `${path}.timeBased: unit "${u.id}" runs ${r.text}; time-based licenses were introduced in 8.0(4) (8.1(2) on the 8.1 train)${b === true ? '' : `, and "${r.text}" does not say which release`}`,
          path: `${path}.timeBased`,
          unit: u.id,
          cite: HISTORY_CITE,
        });
      }
    }
    if (releaseBefore(r, COMBINED_FAILOVER_FROM) === true) {
      out.oneActiveKey.add(u.id);
      if (new Set(u.keys.flatMap((k) => Object.keys(k.features))).size > 1) {
        out.issues.push({
          severity: 'info',
          code: 'one-active-key-before-8.3',
          message: `${path}.software: unit "${u.id}" runs ${r.text}: before 8.3(1) only the most recently activated time-based key is active, so activating a key deactivates the unit's other keys whatever their features (from 8.3(1) one key per feature can be active)`,
          path: `${path}.software`,
          unit: u.id,
          cite: `${HISTORY_CITE}; ${DOWNGRADE_CITE}`,
        });
      }
    }
  }

  if (mode === 'cluster') {
    for (const u of units) {
      const is5585 = u.model.id.startsWith('asa-5585-x');
      const from = is5585 ? CLUSTER_5585_FROM : MIDRANGE_5500X.has(u.model.id) ? CLUSTER_5500X_FROM : null;
      if (!from) continue;
      const b = before(u, from);
      if (b === false) continue;
      const path = `deployment.units[${u.index}].software`;
      out.issues.push({
        severity: b === true ? 'error' : 'warning',
        code: `cluster-needs-${showThreshold(from)}`,
        message: `${path}: unit "${u.id}" runs ${sw(u)}; clustering on the ${u.model.name} came with ${showThreshold(from)}${b === true ? '' : `, and "${sw(u)}" does not say which release`}`,
        path,
        unit: u.id,
        cite: HISTORY_CITE,
      });
    }
    const old5585 = units.filter((u) => u.model.id.startsWith('asa-5585-x') && before(u, CLUSTER_16_FROM) !== false && before(u, CLUSTER_5585_FROM) === false);
    if (old5585.length > 0 && units.length > 2) {
      const u = old5585[0]!;
      out.issues.push({
        severity: 'warning',
        code: 'cluster-16-units-needs-9.2(1)',
        message: `deployment.units: ${units.length} ASA 5585-X units on ${sw(u)}; 16-unit 5585-X clusters came with 9.2(1), and 000 gives no maximum for earlier releases: check the release notes of ${sw(u)} before relying on ${units.length} units`,
        path: 'deployment.units',
        unit: u.id,
        cite: HISTORY_CITE,
      });
    }
  }

  if (mode === 'failover' && units.length >= 2 && units.some((u) => before(u, COMBINED_FAILOVER_FROM) === true)) {
    out.combines = false;
    const old = units.find((u) => before(u, COMBINED_FAILOVER_FROM) === true)!;
    const first = units[0]!;
    const licenseOf = (u: VersionedPakUnit) => permanentLicense(u.model, u.tier, u.permanentFeatures).license as Record<string, FeatureValue>;
    const expected = licenseOf(first);
    for (const u of units.slice(1)) {
      if (u.model.id === first.model.id && sameValues(licenseOf(u), expected)) continue;
      out.issues.push({
        severity: 'error',
        code: 'failover-licenses-must-match-before-8.3',
        message: `deployment.units[${u.index}].permanent: unit "${u.id}" has a different license from "${first.id}" (${u.model.name} ${u.tier.name} vs ${first.model.name} ${first.tier.name}${u.model.id === first.model.id && u.tier.id === first.tier.id ? ', different permanent features' : ''}); before 8.3(1) (unit "${old.id}" runs ${sw(old)}) failover needs matching licenses on both units, and mismatched licenses disable failover`,
        path: `deployment.units[${u.index}].permanent`,
        unit: u.id,
        cite: `${FAQ_CITE}; ${DOWNGRADE_CITE}`,
      });
    }
    out.issues.push({
      severity: 'info',
      code: 'failover-not-combined-before-8.3',
      message: `Unit "${old.id}" runs ${sw(old)}: before 8.3(1) failover licenses are not combined; the pair runs the primary unit's own license, and each unit's time-based keys count down on their own`,
      unit: old.id,
      cite: `${HISTORY_CITE}; ${DOWNGRADE_CITE}`,
    });
  }
  return out;
}

/** Reads the units' releases (malformed: error; missing: the current rules, said once) and applies the rules above. */
export function pakVersionRulesForPlan(plan: Plan, units: readonly VersionedPakUnit[]): VersionRules {
  if (units.length === 0) return { issues: [], combines: true, oneActiveKey: new Set() };
  const read = readPakReleases(units);
  const rules = pakVersionRules(plan, units, read.releases);
  rules.issues.unshift(...read.issues);
  return rules;
}
