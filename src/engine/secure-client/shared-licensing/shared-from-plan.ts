// `secureClient.shared` (a proposed plan field) to a simulation, with the checks that need the rest of the plan.
import type { Plan } from '../../plan/schema';
import type { Issue } from '../../types';
import { faq } from '../cite';
import { readSharedConfig } from '../proposed-schema';
import type { FleetUnit, LicenseWindow } from '../types';
import { CITE } from './shared-rules';
import { simulateSharedLicensing } from './simulate-shared-licensing';
import type { SharedLicensingInput, SharedLicensingResult } from './types';

const CONVERTING = faq('Are any special precautions required for converting from Shared licensing?');
const MIX_PLUS_APEX = faq(
  'Can I mix and match AnyConnect Plus and Apex or is it one or the other. And does Plus and Apex remove need for Shared and Flex licenses?',
  'Can I mix and match Cisco Secure Client Plus and Apex, or is it one or the other. And do Plus and Apex remove the need for Shared and Flex licenses?',
);

export function sharedFromPlan(plan: Plan, fleet: readonly FleetUnit[], windows: readonly LicenseWindow[]): { result?: SharedLicensingResult; issues: Issue[] } {
  const read = readSharedConfig(plan);
  if (read.kind === 'absent') return { issues: [] };
  if (read.kind === 'invalid')
    return { issues: [{ severity: 'error', code: 'shared-invalid', message: `secureClient.shared.${read.message}`, path: 'secureClient.shared', cite: CITE.serverAndParticipants }] };
  const shared = read.shared;
  const issues: Issue[] = [];
  const byId = new Map(fleet.map((u) => [u.id, u]));
  const participants: SharedLicensingInput['participants'][number][] = [];
  shared.participants.forEach((p, i) => {
    const limit = p.platformLimit ?? byId.get(p.id)?.maxAnyConnectPeers ?? null;
    if (limit === null) {
      issues.push({
        severity: 'error',
        code: 'shared-platform-limit-missing',
        message: `secureClient.shared.participants[${i}].platformLimit: ${p.id} is not a unit of this deployment with an AnyConnect maximum; give its platform limit`,
        path: `secureClient.shared.participants[${i}].platformLimit`,
        cite: CITE.serverAndParticipants,
      });
      return;
    }
    participants.push({ id: p.id, ...(p.standby !== undefined ? { standby: p.standby } : {}), platformLimit: limit, localSessions: p.localSessions, localKind: p.localKind, demand: p.demand });
  });
  const ids = new Set([shared.server.primary, shared.server.standby, shared.backup?.primary, shared.backup?.standby, ...shared.participants.flatMap((p) => [p.id, p.standby])]);
  const models: Record<string, string> = {};
  for (const u of fleet) if (ids.has(u.id)) models[u.id] = u.model;

  // 000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)": "The shared license feature on
  // the ASA is not supported with AnyConnect 4 and later licensing"; Plus and Apex "provide the same
  // cross deployment capabilities as the discontinued Shared licenses".
  const firstNew = windows.filter((w) => w.type === 'plus' || w.type === 'apex' || w.type === 'plus-perpetual' || w.type === 'vpn-only').sort((a, b) => a.startDay - b.startDay)[0];
  if (firstNew) {
    issues.push({
      severity: 'warning',
      code: 'shared-with-new-licensing',
      message: `secureClient.shared: shared licensing is not supported with AnyConnect 4 licensing (${firstNew.path} starts on day ${firstNew.startDay}). To convert, replace the licenses on all participants and disable shared licensing on them before replacing the license on the shared licensing server.`,
      path: 'secureClient.shared',
      day: firstNew.startDay,
      cite: `${CITE.sharedPremium}; ${CONVERTING}; ${MIX_PLUS_APEX}`,
    });
  }

  const input: SharedLicensingInput = {
    pool: shared.pool,
    refreshIntervalSeconds: shared.refreshIntervalSeconds,
    launchDay: shared.launchDay,
    server: shared.server,
    ...(shared.backup ? { backup: shared.backup } : {}),
    participants,
    outages: shared.outages,
    unreachable: shared.unreachable,
    horizonDays: plan.horizonDays,
    contextMode: shared.contextMode ?? plan.deployment.contextMode,
    models,
  };
  const result = simulateSharedLicensing(input);
  return { result, issues: [...issues, ...result.issues] };
}
