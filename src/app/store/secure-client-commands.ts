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

/** A change of some license fields; `undefined` removes an optional field. */
export type ScLicensePatch = { [K in Exclude<keyof ScLicense, 'type'>]?: ScLicense[K] | undefined };
/** A change of some demand fields; `undefined` removes the field. */
export type ScDemandPatch = { [K in keyof ScDemand]?: ScDemand[K] | undefined };

export type SecureClientCommand =
  | { type: 'sc-enable' }
  | { type: 'sc-disable' }
  | { type: 'sc-add-license'; license: { type: ScLicenseType } & ScLicensePatch }
  | { type: 'sc-patch-license'; index: number; patch: ScLicensePatch }
  /** A new type, with the fields the form moves or drops for it (secure-client-form.ts). */
  | { type: 'sc-set-license-type'; index: number; licenseType: ScLicenseType; patch?: ScLicensePatch }
  | { type: 'sc-remove-license'; index: number }
  | { type: 'sc-patch-demand'; patch: ScDemandPatch };

export const SECURE_CLIENT_COMMANDS: ReadonlySet<string> = new Set<SecureClientCommand['type']>([
  'sc-enable',
  'sc-disable',
  'sc-add-license',
  'sc-patch-license',
  'sc-set-license-type',
  'sc-remove-license',
  'sc-patch-demand',
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
      return `${cmd.type}:${Object.keys(cmd.patch).sort().join(',')}`;
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
  }
}
