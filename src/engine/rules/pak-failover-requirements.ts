// 000 §"Failover License Requirements and Exceptions": what each PAK unit of a failover pair needs.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import type { PakUnitForRules } from './pak-unit-for-rules';

export const FAILOVER_CITE = '000 §"Failover License Requirements and Exceptions"';

export function pakFailoverRequirements(plan: Plan, units: readonly PakUnitForRules[]): Issue[] {
  const issues: Issue[] = [];
  const wantsActiveActive = plan.deployment.failover === 'active-active';
  for (const u of units) {
    const capability = u.tier.features.failover?.default ?? 'unsupported';
    const path = `deployment.units[${u.index}].permanent.tier`;
    if (capability === 'unsupported') {
      const better = Object.values(u.model.tiers).find((t) => t.features.failover && t.features.failover.default !== 'unsupported');
      issues.push({
        severity: 'error',
        code: better ? `failover-needs-${better.id}` : 'failover-unsupported',
        message: better
          ? `${path}: unit "${u.id}" has the ${u.tier.name} license; failover on the ${u.model.name} needs the ${better.name} license`
          : `${path}: the ${u.model.name} ${u.tier.name} does not support failover`,
        path,
        unit: u.id,
        cite: FAILOVER_CITE,
      });
    } else if (wantsActiveActive && capability !== 'active-active') {
      issues.push({
        severity: 'error',
        code: 'active-active-unsupported',
        message: `deployment.failover: "active-active" is not supported by unit "${u.id}" (${u.model.name} ${u.tier.name}: Active/Standby only)`,
        path: 'deployment.failover',
        unit: u.id,
        cite: FAILOVER_CITE,
      });
    }
  }
  issues.push(...sameOnEveryUnit(units, 'encryption', 'the same encryption license', FAILOVER_CITE));
  if (plan.deployment.contextMode === 'multiple') {
    issues.push(...sameOnEveryUnit(units, 'anyconnect-peers', 'the same AnyConnect Apex license in multiple context mode', FAILOVER_CITE));
  }
  if (units.some((u) => u.tier.features['ips-module']?.options?.length)) {
    issues.push(...sameOnEveryUnit(units, 'ips-module', 'the same IPS module license', FAILOVER_CITE));
    if (units.some((u) => u.permanentFeatures['ips-module'] === true)) {
      issues.push({
        severity: 'info',
        code: 'ips-subscription-per-unit',
        message:
          'The IPS signature subscription is needed on both units and is not shared in failover; it requires a unique IPS module license per unit and an ASA part number with IPS pre-installed (for example ASA5525-IPS-K9).',
        cite: `${FAILOVER_CITE}; 000 §"IPS Module License"`,
      });
    }
  }
  if (units.length > 1 && new Set(units.map((u) => u.model.id)).size > 1) {
    issues.push({
      severity: 'warning',
      code: 'failover-different-models',
      message: `deployment.units: the pair mixes ${[...new Set(units.map((u) => u.model.name))].join(' and ')}; the combined license is capped at the primary unit's platform limits`,
      path: 'deployment.units',
      cite: '000 §"How Failover or ASA Cluster Licenses Combine"',
    });
  }
  issues.push({
    severity: 'info',
    code: 'valid-permanent-key',
    message: 'A valid permanent key is required on each unit: a key of all 0s must be reinstalled before failover can be enabled.',
    cite: FAILOVER_CITE,
  });
  return issues;
}

/** An error naming each unit whose permanent value differs from the primary/control unit's. */
export function sameOnEveryUnit(units: readonly PakUnitForRules[], feature: 'encryption' | 'anyconnect-peers' | 'ips-module' | 'ten-ge-io', what: string, cite: string): Issue[] {
  const first = units[0];
  if (!first) return [];
  const valueOf = (u: PakUnitForRules) => u.permanentFeatures[feature] ?? u.tier.features[feature]?.default;
  const expected = valueOf(first);
  return units
    .slice(1)
    .filter((u) => !Object.is(valueOf(u), expected))
    .map((u) => ({
      severity: 'error' as const,
      code: `units-need-same-${feature}`,
      message: `deployment.units[${u.index}].permanent.features.${feature}: unit "${u.id}" has ${JSON.stringify(valueOf(u))} but "${first.id}" has ${JSON.stringify(expected)}; each unit must have ${what}`,
      path: `deployment.units[${u.index}].permanent.features.${feature}`,
      unit: u.id,
      feature,
      cite,
    }));
}
