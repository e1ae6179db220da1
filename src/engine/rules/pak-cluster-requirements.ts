// 000 §"ASA Cluster License Requirements and Exceptions".
import type { Issue } from '../types';
import type { PakUnitForRules } from './pak-unit-for-rules';
import { sameOnEveryUnit } from './pak-failover-requirements';

export const CLUSTER_CITE = '000 §"ASA Cluster License Requirements and Exceptions"';
const CLUSTER_EXAMPLE_CITE = '000 §"How Failover or ASA Cluster Licenses Combine"';

/** The most units a cluster of this unit's model and tier can have, if any (the table's Clustering row). */
function clusterSize(u: PakUnitForRules): number | 'license' | 'unsupported' {
  const spec = u.tier.features.clustering;
  if (!spec || spec.default === 'unsupported') return 'unsupported';
  if (typeof spec.default === 'number') return spec.default;
  return 'license';
}

export function pakClusterRequirements(units: readonly PakUnitForRules[]): Issue[] {
  const issues: Issue[] = [];
  const count = units.length;
  for (const u of units) {
    const size = clusterSize(u);
    const path = `deployment.units[${u.index}]`;
    if (size === 'unsupported') {
      if (u.model.id === 'asa-5516-x') {
        issues.push({
          severity: 'warning',
          code: 'cluster-5516-disagreement',
          message: `${path}: the ASA 5516-X table says Clustering: No Support, but the combination examples cluster two and four ASA 5516-X units (and 9.9 devices run 2-unit 5516-X clusters); check your software release before relying on it`,
          path,
          unit: u.id,
          cite: `000 §"ASA 5516-X License Features"; ${CLUSTER_EXAMPLE_CITE}`,
        });
        continue;
      }
      const better = Object.values(u.model.tiers).find((t) => t.features.clustering && t.features.clustering.default !== 'unsupported');
      issues.push({
        severity: 'error',
        code: better ? `cluster-needs-${better.id}` : 'cluster-unsupported',
        message: better
          ? `${path}.permanent.tier: unit "${u.id}" has the ${u.tier.name} license; clustering on the ${u.model.name} needs the ${better.name} license`
          : `${path}.model: the ${u.model.name} does not support clustering`,
        path: better ? `${path}.permanent.tier` : `${path}.model`,
        unit: u.id,
        cite: CLUSTER_CITE,
      });
    } else if (typeof size === 'number' && count > size) {
      issues.push({
        severity: 'error',
        code: 'cluster-too-many-units',
        message: `deployment.units: ${count} units; the ${u.model.name} ${u.tier.name} supports clusters of ${size} units`,
        path: 'deployment.units',
        unit: u.id,
        cite: CLUSTER_CITE,
      });
      break;
    }
  }
  const licensed = units.filter((u) => clusterSize(u) === 'license');
  if (licensed.length > 0) {
    const withLicense = units.filter((u) => typeof u.permanentFeatures.clustering === 'number');
    const max = Math.max(0, ...withLicense.map((u) => Number(u.permanentFeatures.clustering)));
    if (withLicense.length === 0) {
      issues.push({
        severity: 'error',
        code: 'cluster-license-missing',
        message: `deployment.units[0].permanent.features.clustering: no unit has the Cluster license; the ${licensed[0]!.model.name} needs it (buy it for the control unit; data units inherit it)`,
        path: 'deployment.units[0].permanent.features.clustering',
        unit: units[0]?.id,
        cite: CLUSTER_CITE,
      });
    } else if (count > max) {
      issues.push({
        severity: 'error',
        code: 'cluster-too-many-units',
        message: `deployment.units: ${count} units; the Cluster license supports up to ${max} units`,
        path: 'deployment.units',
        cite: CLUSTER_CITE,
      });
    }
  }
  issues.push(...sameOnEveryUnit(units, 'encryption', 'the same encryption license', CLUSTER_CITE));
  if (units.some((u) => u.model.id === 'asa-5585-x-ssp-10' || u.model.id === 'asa-5585-x-ssp-20')) {
    const tiers = new Set(units.map((u) => u.tier.id));
    if (tiers.size > 1) {
      issues.push({
        severity: 'error',
        code: 'units-need-same-ten-ge-io',
        message: 'deployment.units: each ASA 5585-X (SSP-10, SSP-20) cluster unit must have the same 10 GE I/O/Security Plus license',
        path: 'deployment.units',
        cite: CLUSTER_CITE,
      });
    }
  }
  return issues;
}
