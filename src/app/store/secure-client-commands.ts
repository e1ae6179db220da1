// Secure Client (AnyConnect) edits as named, pure commands: plain data in, a new plan out. Like
// plan-commands.ts, a command that does not apply (an index out of range) returns the plan unchanged.
// Which fields make sense for which license type is the engine's call: these commands only store
// what the user typed, and the engine's issues say what is wrong with it.
import type { Plan } from '../../engine/index';
import { freeId } from './new-plan';

type SecureClient = NonNullable<Plan['secureClient']>;
export type ScLicense = SecureClient['licenses'][number];
export type ScLicenseType = ScLicense['type'];
export type ScDemand = NonNullable<SecureClient['demand']>;
/** `secureClient.shared`: legacy shared AnyConnect Premium licensing (AnyConnect 3 and earlier). */
export type ScShared = NonNullable<SecureClient['shared']>;
export type ScSharedParticipant = ScShared['participants'][number];
export type ScSharedDemandStep = ScSharedParticipant['demand'][number];
export type ScSharedOutage = ScShared['outages'][number];
/** Units out of service (`outages`) or cut off from the license server (`unreachable`). */
export type ScSharedOutageList = 'outages' | 'unreachable';
type ScBackup = NonNullable<ScShared['backup']>;

/** A change of some license fields; `undefined` removes an optional field. */
export type ScLicensePatch = { [K in Exclude<keyof ScLicense, 'type'>]?: ScLicense[K] | undefined };
/** A change of some demand fields; `undefined` removes the field. */
export type ScDemandPatch = { [K in keyof ScDemand]?: ScDemand[K] | undefined };
export type ScSharedPatch = Partial<Pick<ScShared, 'pool' | 'refreshIntervalSeconds' | 'launchDay'>>;
export type ScSharedServerPatch = { primary?: string; standby?: string | undefined };
export type ScSharedBackupPatch = { primary?: string; standby?: string | undefined; registeredDay?: number | undefined };
export type ScSharedParticipantPatch = { [K in Exclude<keyof ScSharedParticipant, 'demand'>]?: ScSharedParticipant[K] | undefined };
export type ScSharedOutagePatch = { [K in keyof ScSharedOutage]?: ScSharedOutage[K] | undefined };

export type SecureClientCommand =
  | { type: 'sc-enable' }
  | { type: 'sc-disable' }
  | { type: 'sc-add-license'; license: { type: ScLicenseType } & ScLicensePatch }
  /** Several licenses in one step (the recommended purchase applied): one undo undoes them all. */
  | { type: 'sc-add-licenses'; licenses: ({ type: ScLicenseType } & ScLicensePatch)[] }
  | { type: 'sc-patch-license'; index: number; patch: ScLicensePatch }
  /** A new type, with the fields the form moves or drops for it (secure-client-form.ts). */
  | { type: 'sc-set-license-type'; index: number; licenseType: ScLicenseType; patch?: ScLicensePatch }
  | { type: 'sc-remove-license'; index: number }
  | { type: 'sc-patch-demand'; patch: ScDemandPatch }
  /** Shared licensing: on with the plan's first unit as server, or off (the section is dropped). */
  | { type: 'sc-shared-enable' }
  | { type: 'sc-shared-disable' }
  | { type: 'sc-shared-patch'; patch: ScSharedPatch }
  | { type: 'sc-shared-patch-server'; patch: ScSharedServerPatch }
  /** A backup server: the given unit, or else the first plan unit that is not the main server's. */
  | { type: 'sc-shared-add-backup'; primary?: string }
  | { type: 'sc-shared-patch-backup'; patch: ScSharedBackupPatch }
  | { type: 'sc-shared-remove-backup' }
  /** A participant: the given id, or else the first plan unit not yet taking part (else participant-N). */
  | { type: 'sc-shared-add-participant'; id?: string }
  | { type: 'sc-shared-patch-participant'; index: number; patch: ScSharedParticipantPatch }
  | { type: 'sc-shared-remove-participant'; index: number }
  /** A demand step: the given one, or else a copy of the last one 30 days on (day 0, 0 sessions for the first). */
  | { type: 'sc-shared-add-demand-step'; participant: number; step?: ScSharedDemandStep }
  | { type: 'sc-shared-patch-demand-step'; participant: number; index: number; patch: Partial<ScSharedDemandStep> }
  | { type: 'sc-shared-remove-demand-step'; participant: number; index: number }
  /** An outage: the given one, or else the main server down for a day from day 0. */
  | { type: 'sc-shared-add-outage'; list: ScSharedOutageList; outage?: ScSharedOutage }
  | { type: 'sc-shared-patch-outage'; list: ScSharedOutageList; index: number; patch: ScSharedOutagePatch }
  | { type: 'sc-shared-remove-outage'; list: ScSharedOutageList; index: number };

export const SECURE_CLIENT_COMMANDS: ReadonlySet<string> = new Set<SecureClientCommand['type']>([
  'sc-enable',
  'sc-disable',
  'sc-add-license',
  'sc-add-licenses',
  'sc-patch-license',
  'sc-set-license-type',
  'sc-remove-license',
  'sc-patch-demand',
  'sc-shared-enable',
  'sc-shared-disable',
  'sc-shared-patch',
  'sc-shared-patch-server',
  'sc-shared-add-backup',
  'sc-shared-patch-backup',
  'sc-shared-remove-backup',
  'sc-shared-add-participant',
  'sc-shared-patch-participant',
  'sc-shared-remove-participant',
  'sc-shared-add-demand-step',
  'sc-shared-patch-demand-step',
  'sc-shared-remove-demand-step',
  'sc-shared-add-outage',
  'sc-shared-patch-outage',
  'sc-shared-remove-outage',
]);

export function isSecureClientCommand(cmd: { type: string }): cmd is SecureClientCommand {
  return SECURE_CLIENT_COMMANDS.has(cmd.type);
}

/** Typing repeats these (one per keystroke): successive ones on the same field make one undo step. */
export function secureClientCoalesceKey(cmd: SecureClientCommand): string | undefined {
  switch (cmd.type) {
    case 'sc-patch-license':
      return `${cmd.type}:${cmd.index}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'sc-patch-demand':
    case 'sc-shared-patch':
    case 'sc-shared-patch-server':
    case 'sc-shared-patch-backup':
      return `${cmd.type}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'sc-shared-patch-participant':
      return `${cmd.type}:${cmd.index}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'sc-shared-patch-demand-step':
      return `${cmd.type}:${cmd.participant}:${cmd.index}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'sc-shared-patch-outage':
      return `${cmd.type}:${cmd.list}:${cmd.index}:${Object.keys(cmd.patch).sort().join(',')}`;
    default:
      return undefined;
  }
}

/** Copies `base` with the patch applied: a value sets the field, `undefined` removes it. */
function patched<T extends object>(base: T, patch: object): T {
  const next: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as T;
}

const withSecureClient = (plan: Plan, sc: SecureClient): Plan => ({ ...plan, secureClient: sc });

/** The id prefix of a new license of a type: plus-1, apex-2, vpn-only-1 … */
const idPrefix = (type: ScLicenseType): string => `${type}-`;

export function applySecureClientCommand(plan: Plan, cmd: SecureClientCommand): Plan {
  const sc = plan.secureClient;
  switch (cmd.type) {
    case 'sc-enable':
      return sc !== undefined ? plan : withSecureClient(plan, { licenses: [] });
    case 'sc-disable': {
      if (sc === undefined) return plan;
      const { secureClient: _dropped, ...rest } = plan;
      return rest;
    }
    case 'sc-add-license': {
      const licenses = sc?.licenses ?? [];
      const id = freeId(
        licenses.map((l) => l.id),
        idPrefix(cmd.license.type),
        false,
      );
      const license = patched<ScLicense>({ id, type: cmd.license.type, startDay: 0 }, cmd.license);
      return withSecureClient(plan, { ...(sc ?? {}), licenses: [...licenses, license] });
    }
    case 'sc-add-licenses':
      return cmd.licenses.reduce<Plan>((p, license) => applySecureClientCommand(p, { type: 'sc-add-license', license }), plan);
    case 'sc-patch-license':
    case 'sc-set-license-type':
    case 'sc-remove-license': {
      const licenses = sc?.licenses;
      const current = licenses?.[cmd.index];
      if (sc === undefined || licenses === undefined || current === undefined) return plan;
      if (cmd.type === 'sc-remove-license') return withSecureClient(plan, { ...sc, licenses: licenses.filter((_, i) => i !== cmd.index) });
      const next = cmd.type === 'sc-set-license-type' ? patched({ ...current, type: cmd.licenseType }, cmd.patch ?? {}) : patched(current, cmd.patch);
      return withSecureClient(plan, { ...sc, licenses: licenses.map((l, i) => (i === cmd.index ? next : l)) });
    }
    case 'sc-patch-demand': {
      const base = sc ?? { licenses: [] };
      const demand = patched<ScDemand>(base.demand ?? {}, cmd.patch);
      if (Object.keys(demand).length === 0) {
        const { demand: _dropped, ...rest } = base;
        return withSecureClient(plan, rest);
      }
      return withSecureClient(plan, { ...base, demand });
    }
    default:
      return applySharedCommand(plan, cmd);
  }
}

/** A new shared network's pool: a starting value for the form, changed by the user. */
export const NEW_SHARED_POOL = 500;
/** The refresh interval a new network starts with: the server's default (000 §"Configure the Shared Licensing Server", step 4). */
export const NEW_SHARED_REFRESH_SECONDS = 30;

type SharedCommand = Extract<SecureClientCommand, { type: `sc-shared-${string}` }>;

/** The plan with `secureClient.shared` replaced (`undefined` drops it). */
function withShared(plan: Plan, shared: ScShared | undefined): Plan {
  const sc = plan.secureClient ?? { licenses: [] };
  if (shared !== undefined) return withSecureClient(plan, { ...sc, shared });
  const { shared: _dropped, ...rest } = sc;
  return withSecureClient(plan, rest);
}

/** Replaces item `index` of a list; `undefined` when there is no such item. */
function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] | undefined {
  const item = list[index];
  if (item === undefined) return undefined;
  return list.map((x, i) => (i === index ? change(item) : x));
}

function applySharedCommand(plan: Plan, cmd: SharedCommand): Plan {
  const shared = plan.secureClient?.shared;
  const unitIds = plan.deployment.units.map((u) => u.id);
  if (cmd.type === 'sc-shared-enable') {
    if (shared !== undefined || unitIds[0] === undefined) return plan;
    return withShared(plan, {
      pool: NEW_SHARED_POOL,
      refreshIntervalSeconds: NEW_SHARED_REFRESH_SECONDS,
      launchDay: 0,
      server: { primary: unitIds[0] },
      participants: [],
      outages: [],
      unreachable: [],
    });
  }
  if (shared === undefined) return plan;
  const set = (next: ScShared | undefined): Plan => (next === undefined ? plan : withShared(plan, next));
  const participantsWith = (index: number, change: (p: ScSharedParticipant) => ScSharedParticipant): ScShared | undefined => {
    const participants = replaceAt(shared.participants, index, change);
    return participants && { ...shared, participants };
  };
  switch (cmd.type) {
    case 'sc-shared-disable':
      return withShared(plan, undefined);
    case 'sc-shared-patch':
      return set(patched(shared, cmd.patch));
    case 'sc-shared-patch-server':
      return set({ ...shared, server: patched(shared.server, cmd.patch) });
    case 'sc-shared-add-backup': {
      if (shared.backup !== undefined) return plan;
      const taken = [shared.server.primary, ...(shared.server.standby === undefined ? [] : [shared.server.standby])];
      const primary = cmd.primary ?? unitIds.find((id) => !taken.includes(id)) ?? freeId(taken, 'backup-', false);
      return set({ ...shared, backup: { primary } });
    }
    case 'sc-shared-patch-backup':
      return set(shared.backup && { ...shared, backup: patched<ScBackup>(shared.backup, cmd.patch) });
    case 'sc-shared-remove-backup': {
      if (shared.backup === undefined) return plan;
      const { backup: _dropped, ...rest } = shared;
      return set(rest);
    }
    case 'sc-shared-add-participant': {
      const taken = shared.participants.map((p) => p.id);
      const id = cmd.id ?? unitIds.find((u) => !taken.includes(u)) ?? freeId(taken, 'participant-', false);
      return set({ ...shared, participants: [...shared.participants, { id, localSessions: 0, localKind: 'permanent', demand: [] }] });
    }
    case 'sc-shared-patch-participant':
      return set(participantsWith(cmd.index, (p) => patched(p, cmd.patch)));
    case 'sc-shared-remove-participant':
      return set(shared.participants[cmd.index] && { ...shared, participants: shared.participants.filter((_, i) => i !== cmd.index) });
    case 'sc-shared-add-demand-step':
      return set(
        participantsWith(cmd.participant, (p) => {
          const last = p.demand[p.demand.length - 1];
          const step = cmd.step ?? (last === undefined ? { day: 0, sessions: 0 } : { day: last.day + 30, sessions: last.sessions });
          return { ...p, demand: [...p.demand, step] };
        }),
      );
    case 'sc-shared-patch-demand-step':
    case 'sc-shared-remove-demand-step': {
      const p = shared.participants[cmd.participant];
      if (p?.demand[cmd.index] === undefined) return plan;
      const demand = cmd.type === 'sc-shared-remove-demand-step' ? p.demand.filter((_, i) => i !== cmd.index) : (replaceAt(p.demand, cmd.index, (s) => ({ ...s, ...cmd.patch })) ?? p.demand);
      return set(participantsWith(cmd.participant, () => ({ ...p, demand })));
    }
    case 'sc-shared-add-outage': {
      const outage = cmd.outage ?? { unit: shared.server.primary, day: 0, days: 1 };
      return set({ ...shared, [cmd.list]: [...shared[cmd.list], outage] });
    }
    case 'sc-shared-patch-outage': {
      const list = replaceAt(shared[cmd.list], cmd.index, (o) => patched(o, cmd.patch));
      return set(list && { ...shared, [cmd.list]: list });
    }
    case 'sc-shared-remove-outage':
      return set(shared[cmd.list][cmd.index] && { ...shared, [cmd.list]: shared[cmd.list].filter((_, i) => i !== cmd.index) });
  }
}
