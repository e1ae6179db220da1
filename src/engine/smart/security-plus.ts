// 001 §"Firepower 1010": "Security Plus (failover): Disabled — Optional"; §"Firepower 1000, 2100,
// Secure Firewall 3100: Configure Regular Smart Software Licensing": "The Security Plus tier
// enables Active/Standby failover." Other models list failover without a tier.
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import type { Issue } from '../types';
import { type Grant, smart } from './provenance';
import { smartIssue } from './smart-issue';
import { entitlementPath } from './unit-role';

export function failoverProvenance(model: SmartModel, unit: SmartUnit, grant: Grant, standardOn: boolean): Provenance {
  const spec = model.features.failover;
  const cite = spec?.cite ?? model.cite;
  if (!model.entitlements.includes('security-plus')) {
    return smart(
      spec?.default ?? 'unsupported',
      `${model.name}: ${model.failover.modes.map((m) => (m === 'active-standby' ? 'Active/Standby' : 'Active/Active')).join(' and ')} failover`,
      model.failover.cite === cite ? cite : `${cite}; ${model.failover.cite}`,
    );
  }
  if (grant === 'default' || grant === 'unlicensed') return smart('unsupported', 'Only default entitlements are enabled: Security Plus (failover) is Disabled', `${CITE.evaluation}; ${cite}`);
  const on = standardOn && unit.smart.entitlements['security-plus'];
  return on
    ? smart(
        'active-standby',
        `Security Plus license requested: enables Active/Standby failover${grant === 'plr' ? ' (included in Permanent License Reservation)' : ''}`,
        `${cite}; ${CITE.configureHardware}`,
        ['security-plus'],
      )
    : smart('unsupported', 'Security Plus (failover): Disabled; request the Security Plus license to enable Active/Standby failover', cite);
}

export function securityPlusIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  if (!unit.smart.entitlements['security-plus'] || model.entitlements.includes('security-plus')) return [];
  return [
    smartIssue(
      'warning',
      'smart-security-plus-unsupported',
      `${unit.id}: security-plus requested, but only the Firepower 1010 has a Security Plus license; the ${model.name} supports failover without it. Remove the entitlement.`,
      `${CITE.fpr1010Table}; ${CITE.pids1010}`,
      { path: entitlementPath(plan, unit, 'security-plus'), unit: unit.id, feature: 'failover' },
    ),
  ];
}
