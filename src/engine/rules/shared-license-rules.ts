// Shared AnyConnect Premium licensing (legacy), for the plan's `shared-license` feature of a PAK unit
// and for the detailed shared-licensing network (`secureClient.shared`):
// - 000 §"Failover and Shared License Servers": "Shared licenses are supported only in single
//   context mode, so Active/Active failover is not supported."
// - 000 §"Licenses FAQ" (note): "On the shared licensing server, the permanent AnyConnect Premium
//   license is not used; you can however use a time-based license at the same time as the shared
//   licensing server license." The simulation of the detailed network sets that unit's local
//   sessions to 0 (secure-client/shared-licensing/simulate-shared-licensing.ts).
import type { TierSpec } from '../catalog/types';
import type { Plan } from '../plan/schema';
import { readSharedConfig } from '../secure-client/proposed-schema';
import type { FeatureValue, Issue, License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';

export const SHARED_FAILOVER_CITE = '000 §"Failover and Shared License Servers"';
export const SHARED_SERVER_PREMIUM_CITE = '000 §"Licenses FAQ"';

/**
 * On a shared licensing server the permanent AnyConnect Premium license adds nothing: the unit's
 * permanent peers fall back to the table's value (a time-based key still raises them). In place.
 */
export function sharedServerPermanentPeers(tier: TierSpec, license: License, provenance: FeatureProvenance): void {
  if (license['shared-license'] !== 'server') return;
  const spec = tier.features['anyconnect-peers'];
  const peers = license['anyconnect-peers'];
  if (!spec || typeof peers !== 'number' || peers === spec.default) return;
  license['anyconnect-peers'] = spec.default;
  provenance['anyconnect-peers'] = {
    value: spec.default,
    source: 'model',
    rule: `Shared licensing server: the permanent AnyConnect Premium license (${peers} peers) is not used; only a time-based key adds local sessions`,
    cite: SHARED_SERVER_PREMIUM_CITE,
  };
}

export interface SharedPakUnit {
  id: string;
  index: number;
  tier: TierSpec;
  permanentFeatures: Readonly<Record<string, FeatureValue>>;
  keys: readonly { readonly features: Readonly<Record<string, FeatureValue>> }[];
  /** Later permanent keys' features. */
  permanentKeys?: readonly { readonly features: Readonly<Record<string, FeatureValue>> }[];
}

const isShared = (v: FeatureValue | undefined): boolean => v === 'server' || v === 'participant';

export function sharedLicenseIssues(plan: Plan, units: readonly SharedPakUnit[]): Issue[] {
  const issues: Issue[] = [];
  const { deployment } = plan;
  const activeActive = deployment.mode === 'failover' && deployment.failover === 'active-active';
  const withShared = units.filter((u) => [u.permanentFeatures, ...u.keys.map((k) => k.features), ...(u.permanentKeys ?? []).map((k) => k.features)].some((f) => isShared(f['shared-license'])));
  if (withShared.length > 0) {
    const names = withShared.map((u) => `"${u.id}"`).join(', ');
    if (deployment.contextMode === 'multiple') {
      issues.push({
        severity: 'error',
        code: 'shared-license-multiple-context',
        message: `deployment.contextMode: "multiple", but ${names} ${withShared.length > 1 ? 'have' : 'has'} a shared AnyConnect Premium license; shared licenses are supported only in single context mode`,
        path: 'deployment.contextMode',
        unit: withShared[0]!.id,
        cite: SHARED_FAILOVER_CITE,
      });
    }
    if (activeActive) {
      issues.push({
        severity: 'error',
        code: 'shared-license-active-active',
        message: `deployment.failover: "active-active", but ${names} ${withShared.length > 1 ? 'have' : 'has'} a shared AnyConnect Premium license; shared licenses work only in single context mode, so Active/Active failover is not supported (use Active/Standby)`,
        path: 'deployment.failover',
        unit: withShared[0]!.id,
        cite: SHARED_FAILOVER_CITE,
      });
    }
  }
  for (const u of units) {
    const path = `deployment.units[${u.index}].permanent.features.anyconnect-peers`;
    const peers = u.permanentFeatures['anyconnect-peers'];
    if (u.permanentFeatures['shared-license'] !== 'server' || typeof peers !== 'number' || peers === u.tier.features['anyconnect-peers']?.default) continue;
    issues.push({
      severity: 'warning',
      code: 'shared-server-permanent-premium-unused',
      message: `${path}: unit "${u.id}" is the shared licensing server, where the permanent AnyConnect Premium license (${peers} peers) is not used: it adds nothing to the unit's peers (a time-based AnyConnect Premium key can serve its local sessions; those cannot join the shared pool)`,
      path,
      unit: u.id,
      feature: 'anyconnect-peers',
      cite: SHARED_SERVER_PREMIUM_CITE,
    });
  }
  // The detailed network: Active/Active among this deployment's units (its context-mode check is
  // in secure-client/shared-licensing/validate-shared-input.ts).
  if (activeActive && plan.secureClient !== undefined) {
    const read = readSharedConfig(plan);
    if (read.kind === 'ok') {
      const s = read.shared;
      const named = new Set([s.server.primary, s.server.standby, s.backup?.primary, s.backup?.standby, ...s.participants.flatMap((p) => [p.id, p.standby])]);
      const inPair = deployment.units.filter((u) => named.has(u.id)).map((u) => `"${u.id}"`);
      if (inPair.length > 0) {
        issues.push({
          severity: 'error',
          code: 'shared-license-active-active',
          message: `secureClient.shared: ${inPair.join(', ')} of this Active/Active pair ${inPair.length > 1 ? 'are' : 'is'} in the shared licensing network; shared licenses work only in single context mode, so Active/Active failover is not supported`,
          path: 'secureClient.shared',
          cite: SHARED_FAILOVER_CITE,
        });
      }
    }
  }
  return issues;
}
