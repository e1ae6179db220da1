// Plan edits as named, pure commands: plain data in, a new plan out. The store applies them and
// records undo history; tests apply them directly. A command that does not apply (a unit index
// out of range, say) returns the plan unchanged — never throws.
import type { FeatureId, FeatureValue, ModelId, PakUnit, Plan, PlanEvent, SmartUnit, TierId, TimeBasedKey, Unit } from '../../engine/index';
import { freeId } from './new-plan';
import { addUnit, duplicateKey, isPak, isSmart, matchPrimary, modelChanged, secondaryPatch, setMode, withUnits, type InStepField } from './unit-peers';
import { applySecureClientCommand, isSecureClientCommand, secureClientCoalesceKey, type SecureClientCommand } from './secure-client-commands';

type Mode = Plan['deployment']['mode'];
/** The commands "Same on every unit" repeats on every unit (unit-editor, permanent-key-editor, smart-editor). */
export type UnitFieldCommand = Extract<PlanCommand, { type: 'set-unit-model' | 'set-tier' | 'patch-unit' | 'set-permanent-feature' | 'set-entitlement' | 'patch-smart' }>;
type FailoverType = NonNullable<Plan['deployment']['failover']>;
type ContextMode = Plan['deployment']['contextMode'];
type SmartSettings = SmartUnit['smart'];
type Entitlements = SmartSettings['entitlements'];
export type KeyPatch = Partial<Pick<TimeBasedKey, 'id' | 'days' | 'installDay' | 'active' | 'evaluation' | 'note'>>;
type UnitPatch = Partial<Pick<PakUnit, 'software' | 'partSuffix' | 'noPayloadEncryption'>> & Partial<Pick<SmartUnit, 'memoryGB' | 'vcpus' | 'hypervisor'>>;

export type PlanCommand =
  | { type: 'replace-plan'; plan: Plan }
  | { type: 'set-plan-name'; name: string }
  | { type: 'set-start-date'; startDate: string }
  | { type: 'set-horizon'; days: number }
  /** Days between ordering a renewal and having its key (0–365); undefined: the engine's default. */
  | { type: 'set-purchase-lead-days'; days: number | undefined }
  | { type: 'set-deployment-mode'; mode: Mode }
  | { type: 'set-failover-type'; failover: FailoverType }
  | { type: 'set-context-mode'; contextMode: ContextMode }
  | { type: 'add-unit' }
  | { type: 'remove-unit'; unit: number }
  | { type: 'rename-unit'; unit: number; id: string }
  | { type: 'set-unit-model'; unit: number; model: ModelId }
  | { type: 'patch-unit'; unit: number; patch: UnitPatch }
  | { type: 'set-tier'; unit: number; tier: TierId }
  | { type: 'set-permanent-feature'; unit: number; feature: FeatureId; value: FeatureValue | undefined }
  | { type: 'add-time-key'; unit: number; features: Partial<Record<FeatureId, FeatureValue>>; days: number; installDay: number }
  | { type: 'patch-time-key'; unit: number; key: number; patch: KeyPatch }
  | { type: 'set-time-key-feature'; unit: number; key: number; feature: FeatureId; value: FeatureValue | undefined }
  | { type: 'remove-time-key'; unit: number; key: number }
  /** A copy of the key right after it, with a new id. */
  | { type: 'duplicate-time-key'; unit: number; key: number }
  /** The same edit on every unit ("Same on every unit"): one undo step. */
  | { type: 'on-every-unit'; cmd: UnitFieldCommand }
  /** Copies these fields of the primary/control unit to the other units. */
  | { type: 'match-primary'; fields: InStepField[] }
  | { type: 'patch-smart'; unit: number; patch: Partial<Omit<SmartSettings, 'entitlements'>> }
  | { type: 'set-entitlement'; unit: number; patch: Partial<Entitlements> }
  | { type: 'add-event'; event: PlanEvent }
  | { type: 'replace-event'; index: number; event: PlanEvent }
  | { type: 'remove-event'; index: number }
  | SecureClientCommand;

/** Commands that typing repeats (one per keystroke): successive ones on the same target make one undo step. */
export function coalesceKey(cmd: PlanCommand): string | undefined {
  if (isSecureClientCommand(cmd)) return secureClientCoalesceKey(cmd);
  switch (cmd.type) {
    case 'set-plan-name':
    case 'set-horizon':
    case 'set-purchase-lead-days':
      return cmd.type;
    case 'rename-unit':
      return `${cmd.type}:${cmd.unit}`;
    case 'patch-unit':
    case 'patch-smart':
    case 'set-entitlement':
      return `${cmd.type}:${cmd.unit}:${Object.keys(cmd.patch).join(',')}`;
    case 'set-permanent-feature':
      return `${cmd.type}:${cmd.unit}:${cmd.feature}`;
    case 'patch-time-key':
      return `${cmd.type}:${cmd.unit}:${cmd.key}:${Object.keys(cmd.patch).join(',')}`;
    case 'set-time-key-feature':
      return `${cmd.type}:${cmd.unit}:${cmd.key}:${cmd.feature}`;
    case 'on-every-unit': {
      const inner = coalesceKey(cmd.cmd);
      return inner === undefined ? undefined : `every:${inner.replace(`:${cmd.cmd.unit}`, '')}`;
    }
    case 'replace-event':
      return `${cmd.type}:${cmd.index}`;
    default:
      return undefined;
  }
}

function mapUnit(plan: Plan, index: number, f: (u: Unit) => Unit): Plan {
  const u = plan.deployment.units[index];
  if (u === undefined) return plan;
  const next = f(u);
  if (next === u) return plan;
  return withUnits(
    plan,
    plan.deployment.units.map((x, i) => (i === index ? next : x)),
  );
}

function mapPak(plan: Plan, index: number, f: (u: PakUnit) => PakUnit): Plan {
  return mapUnit(plan, index, (u) => (isPak(u) ? f(u) : u));
}

function mapSmart(plan: Plan, index: number, f: (u: SmartUnit) => SmartUnit): Plan {
  return mapUnit(plan, index, (u) => (isSmart(u) ? f(u) : u));
}

function mapKey(plan: Plan, unit: number, key: number, f: (k: TimeBasedKey) => TimeBasedKey): Plan {
  return mapPak(plan, unit, (u) => {
    const k = u.timeBased[key];
    if (k === undefined) return u;
    return { ...u, timeBased: u.timeBased.map((x, i) => (i === key ? f(k) : x)) };
  });
}

function setOrDrop<V>(record: Record<string, V>, key: string, value: V | undefined): Record<string, V> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Renames unit references in events when a unit's id changes. */
function renameUnitRefs(events: PlanEvent[], from: string, to: string): PlanEvent[] {
  return events.map((e) => ('unit' in e && e.unit === from ? { ...e, unit: to } : e));
}

function renameKeyRefs(events: PlanEvent[], unit: string, from: string, to: string): PlanEvent[] {
  return events.map((e) => ('key' in e && e.unit === unit && e.key === from ? { ...e, key: to } : e));
}

function setModel(plan: Plan, index: number, model: ModelId): Plan {
  return mapUnit(plan, index, (u) => modelChanged(u, model));
}

export function applyCommand(plan: Plan, cmd: PlanCommand): Plan {
  if (isSecureClientCommand(cmd)) return applySecureClientCommand(plan, cmd);
  switch (cmd.type) {
    case 'replace-plan':
      return cmd.plan;
    case 'set-plan-name':
      return { ...plan, name: cmd.name };
    case 'set-start-date':
      return { ...plan, startDate: cmd.startDate };
    case 'set-horizon':
      return Number.isInteger(cmd.days) && cmd.days >= 1 ? { ...plan, horizonDays: cmd.days } : plan;
    case 'set-purchase-lead-days': {
      if (cmd.days === plan.purchaseLeadDays) return plan;
      if (cmd.days === undefined) {
        const { purchaseLeadDays: _dropped, ...rest } = plan;
        return rest;
      }
      return Number.isInteger(cmd.days) && cmd.days >= 0 && cmd.days <= 365 ? { ...plan, purchaseLeadDays: cmd.days } : plan;
    }
    case 'set-deployment-mode':
      return setMode(plan, cmd.mode);
    case 'set-failover-type':
      return { ...plan, deployment: { ...plan.deployment, failover: cmd.failover } };
    case 'set-context-mode':
      return { ...plan, deployment: { ...plan.deployment, contextMode: cmd.contextMode } };
    case 'add-unit':
      return addUnit(plan);
    case 'remove-unit': {
      const units = plan.deployment.units;
      const gone = units[cmd.unit];
      if (gone === undefined || units.length <= 1) return plan;
      const left = units.filter((_, i) => i !== cmd.unit);
      const events = plan.events.filter((e) => !('unit' in e) || e.unit !== gone.id);
      const next = { ...withUnits(plan, left), events };
      return left.length === 1 ? setMode(next, 'standalone') : next;
    }
    case 'rename-unit': {
      const u = plan.deployment.units[cmd.unit];
      if (u === undefined || u.id === cmd.id) return plan;
      const next = mapUnit(plan, cmd.unit, (x) => ({ ...x, id: cmd.id }));
      return { ...next, events: renameUnitRefs(plan.events, u.id, cmd.id) };
    }
    case 'set-unit-model':
      return setModel(plan, cmd.unit, cmd.model);
    case 'patch-unit':
      return mapUnit(plan, cmd.unit, (u) => {
        const next: Record<string, unknown> = { ...u };
        for (const [k, v] of Object.entries(cmd.patch)) {
          if (v === undefined || v === '') delete next[k];
          else next[k] = v;
        }
        return next as Unit;
      });
    case 'set-tier':
      return mapPak(plan, cmd.unit, (u) => ({ ...u, permanent: { ...u.permanent, tier: cmd.tier } }));
    case 'set-permanent-feature':
      return mapPak(plan, cmd.unit, (u) => ({
        ...u,
        permanent: { ...u.permanent, features: setOrDrop(u.permanent.features, cmd.feature, cmd.value) },
      }));
    case 'add-time-key':
      return mapPak(plan, cmd.unit, (u) => {
        const id = freeId(
          u.timeBased.map((k) => k.id),
          'key-',
          false,
        );
        const key: TimeBasedKey = { id, features: cmd.features as Record<string, FeatureValue>, days: cmd.days, installDay: cmd.installDay, active: true, evaluation: false };
        return { ...u, timeBased: [...u.timeBased, key] };
      });
    case 'patch-time-key': {
      const unit = plan.deployment.units[cmd.unit];
      const key = unit !== undefined && isPak(unit) ? unit.timeBased[cmd.key] : undefined;
      if (unit === undefined || key === undefined) return plan;
      const patched = mapKey(plan, cmd.unit, cmd.key, (k) => {
        const next: TimeBasedKey = { ...k, ...cmd.patch };
        if (cmd.patch.note === '') delete next.note;
        return next;
      });
      const renamed = cmd.patch.id !== undefined && cmd.patch.id !== key.id;
      return renamed ? { ...patched, events: renameKeyRefs(plan.events, unit.id, key.id, cmd.patch.id ?? key.id) } : patched;
    }
    case 'set-time-key-feature':
      return mapKey(plan, cmd.unit, cmd.key, (k) => ({ ...k, features: setOrDrop(k.features, cmd.feature, cmd.value) }));
    case 'remove-time-key': {
      const unit = plan.deployment.units[cmd.unit];
      const key = unit !== undefined && isPak(unit) ? unit.timeBased[cmd.key] : undefined;
      if (unit === undefined || key === undefined) return plan;
      const next = mapPak(plan, cmd.unit, (u) => ({ ...u, timeBased: u.timeBased.filter((_, i) => i !== cmd.key) }));
      return { ...next, events: plan.events.filter((e) => !('key' in e && e.unit === unit.id && e.key === key.id)) };
    }
    case 'duplicate-time-key':
      return mapPak(plan, cmd.unit, (u) => duplicateKey(u, cmd.key));
    case 'on-every-unit':
      return plan.deployment.units.reduce((p, u, unit) => {
        const inner = cmd.cmd;
        if (inner.type !== 'set-entitlement' || unit === 0) return applyCommand(p, { ...inner, unit } as PlanCommand);
        const patch = secondaryPatch(inner.patch, u.model, plan.deployment.mode);
        return patch === undefined ? p : applyCommand(p, { ...inner, unit, patch });
      }, plan);
    case 'match-primary':
      return matchPrimary(plan, cmd.fields);
    case 'patch-smart':
      return mapSmart(plan, cmd.unit, (u) => ({ ...u, smart: { ...u.smart, ...cmd.patch } }));
    case 'set-entitlement':
      return mapSmart(plan, cmd.unit, (u) => {
        const entitlements: Entitlements = { ...u.smart.entitlements, ...cmd.patch };
        if ('throughput' in cmd.patch && cmd.patch.throughput === undefined) delete entitlements.throughput;
        return { ...u, smart: { ...u.smart, entitlements } };
      });
    case 'add-event':
      return { ...plan, events: [...plan.events, cmd.event] };
    case 'replace-event':
      return cmd.index in plan.events ? { ...plan, events: plan.events.map((e, i) => (i === cmd.index ? cmd.event : e)) } : plan;
    case 'remove-event':
      return { ...plan, events: plan.events.filter((_, i) => i !== cmd.index) };
  }
}
