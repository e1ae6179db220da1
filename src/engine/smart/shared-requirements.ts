// Requirement checks that failover pairs and clusters of Smart units share (001 §"Failover or ASA
// Cluster Licenses"): same encryption, same licensing method, what only the primary requests, the
// aggregated context count, Permanent License Reservation per unit, and the post-failover grace.
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartEntitlementId, SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import { aggregateContexts, describeAggregate } from './context-aggregation';
import { smartIssue } from './smart-issue';
import { entitlementPath, unitPath } from './unit-role';

export interface HaSpec {
  kind: 'failover' | 'cluster';
  /** "pair" or "cluster". */
  group: string;
  /** "active" or "control". */
  primaryName: string;
  registration: 'primary' | 'each-unit';
  requests: Readonly<Partial<Record<SmartEntitlementId, 'primary' | 'each-unit'>>>;
  graceDays?: number;
  renewalRequestInterval?: string;
  sameMethod?: boolean;
  cite: string;
}

export const isRegistering = (u: SmartUnit): boolean => u.smart.method === 'regular' || u.smart.method === 'on-prem' || u.smart.method === 'plr';

/** 001: "Each ASA must have the same encryption license" (the token applies it to registered units). */
export function sameEncryption(plan: Plan, units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const registering = units.filter(isRegistering);
  const first = registering[0];
  if (!first) return [];
  const issues = registering
    .slice(1)
    .filter((u) => u.smart.exportControlled !== first.smart.exportControlled)
    .map((u) =>
      smartIssue(
        'error',
        'smart-same-encryption',
        `${u.id}: exportControlled is ${String(u.smart.exportControlled)} but ${first.id} has ${String(first.smart.exportControlled)}; each unit must have the same encryption license (the registration token's export-controlled setting) in a ${ha.group}.`,
        ha.cite,
        { path: unitPath(plan, u, 'smart', 'exportControlled'), unit: u.id, feature: 'encryption' },
      ),
    );
  const unregistered = units.filter((u) => !isRegistering(u));
  if (ha.kind === 'failover' && ha.registration === 'primary' && first.smart.exportControlled && unregistered.length > 0) {
    issues.push(
      smartIssue(
        'info',
        'smart-failover-encryption-choices',
        `With the Strong Encryption token and a standby that does not register (${unregistered.map((u) => u.id).join(', ')}): either register both units before enabling failover, or enable failover before registering the active unit so both get strong encryption from the aggregated license; in the latter case reload both units to use AES/3DES on an encrypted failover link (reloading only one causes split brain).`,
        ha.cite,
        { feature: 'encryption' },
      ),
    );
  }
  return issues;
}

/**
 * 001 §"Failover Licenses for the Firepower 1100" (and "… 2100"): the standby need not register, and
 * enabling failover before registering only the active unit is the second of the two documented
 * choices (both units get strong encryption from the aggregated license): not a method mismatch.
 */
const standbyLeftUnregistered = (u: SmartUnit, first: SmartUnit, ha: HaSpec): boolean =>
  ha.kind === 'failover' && ha.registration === 'primary' && isRegistering(first) && (u.smart.method === 'unregistered' || u.smart.method === 'evaluation');

export function sameMethod(plan: Plan, units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const first = units[0];
  if (!first) return [];
  return units
    .slice(1)
    .filter((u) => u.smart.method !== first.smart.method && !standbyLeftUnregistered(u, first, ha))
    .map((u) =>
      smartIssue(
        ha.sameMethod ? 'error' : 'warning',
        'smart-same-method',
        `${u.id}: method "${u.smart.method}" differs from ${first.id}'s "${first.smart.method}"; ${ha.sameMethod ? 'inter-chassis clustering requires the same Smart Licensing method on each chassis' : 'license every unit the same way (with PLR, buy a license per unit and enable it before configuring failover)'}.`,
        ha.sameMethod ? `${ha.cite}; 001 §"Smart Software Licensing for the ASA on the Firepower 4100/9300 Chassis"` : ha.cite,
        { path: unitPath(plan, u, 'smart', 'method'), unit: u.id },
      ),
    );
}

const ENTITLEMENT_SET: Record<Exclude<SmartEntitlementId, 'standard' | 'throughput'>, (u: SmartUnit) => string | undefined> = {
  contexts: (u) => (u.smart.entitlements.contexts > 0 ? `contexts ${u.smart.entitlements.contexts}` : undefined),
  carrier: (u) => (u.smart.entitlements.carrier ? 'carrier' : undefined),
  'security-plus': (u) => (u.smart.entitlements['security-plus'] ? 'security-plus' : undefined),
  'strong-encryption': (u) => (u.smart.entitlements['strong-encryption'] ? 'strong-encryption' : undefined),
};

/** Entitlements set on a secondary unit that only the primary requests: the replicated configuration replaces them. */
export function secondaryEntitlements(plan: Plan, units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const issues: Issue[] = [];
  for (const u of units.slice(1)) {
    for (const [name, set] of Object.entries(ENTITLEMENT_SET) as [keyof typeof ENTITLEMENT_SET, (u: SmartUnit) => string | undefined][]) {
      const what = set(u);
      if (what === undefined || ha.requests[name] !== 'primary') continue;
      issues.push(
        smartIssue(
          'warning',
          'smart-secondary-entitlement-unused',
          `${u.id}: ${what} is set on a ${ha.kind === 'cluster' ? 'data' : 'standby'} unit, but only the ${ha.primaryName} unit requests this license; the configuration is replicated from ${units[0]!.id} and cached, so ${u.id}'s own request is not used (no extra license needed for it).`,
          ha.cite,
          { path: entitlementPath(plan, u, name), unit: u.id },
        ),
      );
    }
  }
  return issues;
}

/** Per-unit entitlements (4100/9300 cluster Carrier and Strong Encryption): every unit requests one. */
export function perUnitEntitlements(units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const primary = units[0];
  if (!primary) return [];
  const issues: Issue[] = [];
  for (const name of ['carrier', 'strong-encryption'] as const) {
    if (ha.requests[name] !== 'each-unit' || !primary.smart.entitlements[name]) continue;
    issues.push(
      smartIssue(
        'info',
        'smart-per-unit-entitlement',
        `${name}: a per-unit entitlement in a ${ha.group}; each of the ${units.length} units requests its own license from the server, so the account needs ${units.length}.`,
        ha.cite,
        {},
      ),
    );
  }
  return issues;
}

/** The docs' own figures where they differ from the arithmetic (001 §"Failover Licenses for the Firepower 2100"/"… 3100"). */
const DOC_EXAMPLE: Partial<Record<string, { units: number; says: number }>> = {
  'failover:fpr-2130': { units: 2, says: 25 },
  'failover:fpr-3130': { units: 2, says: 95 },
};

export function aggregateContextAdvice(plan: Plan, units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const primary = units[0];
  if (!primary) return [];
  const models = units.map((u) => SMART_MODELS[u.model]);
  const agg = aggregateContexts(models, primary.smart.entitlements.contexts);
  if (agg === null || agg.license === 0) return [];
  if (!agg.capped) {
    return [
      smartIssue('info', 'smart-aggregate-contexts', `Contexts in the ${ha.group}: ${describeAggregate(agg, primary.id)}.`, ha.cite, {
        path: entitlementPath(plan, primary, 'contexts'),
        unit: primary.id,
        feature: 'security-contexts',
      }),
    ];
  }
  const example = DOC_EXAMPLE[`${ha.kind}:${primary.model}`];
  const docNote =
    example && example.units === units.length && agg.largestUseful !== example.says
      ? ` (001's own example for this case says ${example.says}; ${agg.limit} − ${agg.included.reduce((a, b) => a + b, 0)} = ${agg.largestUseful})`
      : '';
  return [
    smartIssue(
      'warning',
      'smart-aggregate-contexts-over-limit',
      `${primary.id}: contexts ${agg.license}: ${describeAggregate(agg, primary.id)}. Configure the ${ha.primaryName} unit's Context license to be ${agg.largestUseful} instead${docNote}.`,
      ha.cite,
      { path: entitlementPath(plan, primary, 'contexts'), unit: primary.id, feature: 'security-contexts' },
    ),
  ];
}

export function plrPerUnit(units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  if (!units.some((u) => u.smart.method === 'plr')) return [];
  return [
    smartIssue(
      'info',
      'smart-plr-per-unit',
      `Permanent License Reservation: purchase separate licenses for each unit (chassis) and enable them before you configure ${ha.kind === 'cluster' ? 'clustering' : 'failover'}.`,
      ha.cite,
    ),
  ];
}

export function graceNote(model: SmartModel, ha: HaSpec): Issue[] {
  if (ha.graceDays === undefined) return [];
  const limited =
    model.familyId === 'fpr-1010' ? 'features requiring the Strong Encryption (3DES/AES) feature license (unless you use the Strong Encryption token)' : 'features requiring special licenses';
  return [
    smartIssue(
      'info',
      'smart-failover-grace',
      `After a ${ha.kind === 'cluster' ? 'new control unit is elected' : 'failover'}, the new ${ha.primaryName} unit keeps using the aggregated license and re-requests the entitlements every ${ha.renewalRequestInterval ?? '35 seconds'} until compliant; if it is still non-compliant after ${ha.graceDays} days you cannot change ${limited}; operation is otherwise unaffected.`,
      ha.cite,
    ),
  ];
}

export function differentModels(units: readonly SmartUnit[], ha: HaSpec): Issue[] {
  const names = [...new Set(units.map((u) => SMART_MODELS[u.model].name))];
  if (names.length < 2) return [];
  return [
    smartIssue('warning', 'smart-different-models', `The ${ha.group} mixes ${names.join(' and ')}; the aggregated license is capped at the smallest per-unit platform limit.`, ha.cite, {
      path: 'deployment.units',
    }),
  ];
}

/** 001: the ASA virtual standby needs "the same model license"; cluster units "the same Throughput license". */
export function sameThroughput(plan: Plan, units: readonly SmartUnit[], cite: string, code: string, what: string): Issue[] {
  const first = units[0];
  if (!first) return [];
  return units
    .slice(1)
    .filter((u) => u.smart.entitlements.throughput !== first.smart.entitlements.throughput)
    .map((u) =>
      smartIssue('error', code, `${u.id}: throughput ${u.smart.entitlements.throughput ?? 'none'} differs from ${first.id}'s ${first.smart.entitlements.throughput ?? 'none'}; ${what}.`, cite, {
        path: entitlementPath(plan, u, 'throughput'),
        unit: u.id,
        feature: 'throughput',
      }),
    );
}
