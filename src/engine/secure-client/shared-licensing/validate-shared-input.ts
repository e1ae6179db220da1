// Checks on a shared-licensing network before it is simulated.
import { PAK_MODELS } from '../../catalog/pak/index';
import { isPakModelId } from '../../catalog/lookup';
import type { Issue } from '../../types';
import { CITE, REFRESH_DEFAULT_SECONDS, REFRESH_MAX_SECONDS, REFRESH_MIN_SECONDS } from './shared-rules';
import type { SharedLicensingInput } from './types';

const PATH = 'secureClient.shared';

export interface CheckedSharedInput {
  refreshIntervalSeconds: number;
  issues: Issue[];
}

export function validateSharedInput(input: SharedLicensingInput): CheckedSharedInput {
  const issues: Issue[] = [];
  const error = (code: string, path: string, message: string, cite: string): void => {
    issues.push({ severity: 'error', code, message: `${path}: ${message}`, path, cite });
  };

  let refresh = input.refreshIntervalSeconds ?? REFRESH_DEFAULT_SECONDS;
  if (!Number.isInteger(refresh) || refresh < REFRESH_MIN_SECONDS || refresh > REFRESH_MAX_SECONDS) {
    error('shared-refresh-interval', `${PATH}.refreshIntervalSeconds`, `${refresh} s; the refresh interval is 10 to 300 seconds (30 by default)`, CITE.configureServer);
    refresh = Math.min(REFRESH_MAX_SECONDS, Math.max(REFRESH_MIN_SECONDS, Math.round(refresh) || REFRESH_DEFAULT_SECONDS));
  }

  // 000 §"Failover and Shared License Servers": "Shared licenses are supported only in single context
  // mode, so Active/Active failover is not supported."
  if (input.contextMode === 'multiple') error('shared-license-multiple-context', `${PATH}`, 'shared licenses are supported only in single context mode', CITE.failoverServers);

  // 000 §"Licenses FAQ": "can I use a shared licensing server as the primary unit, and the shared
  // licensing backup server as the secondary unit? No. … The backup server can be in a separate
  // failover pair of two backup servers."
  const serverUnits = [input.server.primary, input.server.standby].filter((u): u is string => u !== undefined);
  const backupUnits = input.backup ? [input.backup.primary, input.backup.standby].filter((u): u is string => u !== undefined) : [];
  for (const u of backupUnits) {
    if (serverUnits.includes(u))
      error(
        'shared-backup-in-server-pair',
        `${PATH}.backup`,
        `${u} is in the main server's failover pair; the backup server must be a separate unit (or a separate failover pair)`,
        `${CITE.faq}; ${CITE.failoverServers}`,
      );
  }

  // 000 §"Model Guidelines": "Shared licenses are not supported on the ASAv, ASA 5506-X, ASA 5508-X, and ASA 5516-X."
  for (const [unit, model] of Object.entries(input.models ?? {})) {
    const supported = isPakModelId(model) && PAK_MODELS[model].sharedLicenses;
    if (!supported) error('shared-license-unsupported-model', `${PATH}`, `${unit} (${model}) does not support shared licenses`, CITE.models);
  }

  const seen = new Set<string>();
  input.participants.forEach((p, i) => {
    const path = `${PATH}.participants[${i}]`;
    if (seen.has(p.id)) error('shared-duplicate-participant', `${path}.id`, `"${p.id}" is listed twice`, CITE.serverAndParticipants);
    seen.add(p.id);
    if (p.localSessions > p.platformLimit) {
      issues.push({
        severity: 'info',
        code: 'shared-local-above-platform',
        message: `${path}.localSessions: ${p.localSessions} local sessions exceed the platform limit of ${p.platformLimit}`,
        path: `${path}.localSessions`,
        cite: CITE.serverAndParticipants,
      });
    }
    // 000 §"Licenses FAQ" note: "On the shared licensing server, the permanent AnyConnect Premium
    // license is not used; you can however use a time-based license".
    if (serverUnits.includes(p.id) && (p.localKind ?? 'permanent') === 'permanent' && p.localSessions > 0) {
      issues.push({
        severity: 'warning',
        code: 'shared-server-permanent-unused',
        message: `${path}.localSessions: on the shared licensing server the permanent AnyConnect Premium license is not used: its ${p.localSessions} sessions add nothing to the server's own sessions; only a time-based one serves its local sessions`,
        path: `${path}.localSessions`,
        cite: CITE.faq,
      });
    }
  });

  const known = new Set([...serverUnits, ...backupUnits, ...input.participants.flatMap((p) => [p.id, ...(p.standby !== undefined ? [p.standby] : [])])]);
  for (const [field, list] of [
    ['outages', input.outages ?? []],
    ['unreachable', input.unreachable ?? []],
  ] as const) {
    list.forEach((o, i) => {
      if (!known.has(o.unit))
        issues.push({
          severity: 'warning',
          code: 'shared-unknown-unit',
          message: `${PATH}.${field}[${i}].unit: "${o.unit}" is not a server, backup or participant of the shared network`,
          path: `${PATH}.${field}[${i}].unit`,
          cite: CITE.serverAndParticipants,
        });
    });
  }
  return { refreshIntervalSeconds: refresh, issues };
}
