// Builds validated plans for the Smart tests (zod fills in the defaults the engine relies on).
import { planSchema, type Plan, type PlanInput, type SmartUnit } from '../plan/schema';

type UnitInput = PlanInput['deployment']['units'][number];
type DeploymentInput = Omit<PlanInput['deployment'], 'units'>;

export function smartPlan(units: UnitInput[], deployment: Partial<DeploymentInput> = {}, rest: Partial<Omit<PlanInput, 'deployment' | 'format'>> = {}): Plan {
  return planSchema.parse({
    format: 'asa-license-plan/1',
    name: 'test',
    startDate: '2027-01-04',
    horizonDays: 1095,
    ...rest,
    deployment: { mode: 'standalone', contextMode: 'single', ...deployment, units },
  });
}

export function smartUnitOf(plan: Plan, index = 0): SmartUnit {
  const unit = plan.deployment.units[index];
  if (!unit || !('smart' in unit)) throw new Error(`units[${index}] is not a Smart unit`);
  return unit;
}

/** A registered Smart unit with the given model and entitlements. */
export function unit(
  id: string,
  model: SmartUnit['model'],
  entitlements: Partial<SmartUnit['smart']['entitlements']> = {},
  smart: Partial<Omit<SmartUnit['smart'], 'entitlements'>> = {},
  extra: Partial<Pick<SmartUnit, 'memoryGB' | 'vcpus' | 'hypervisor' | 'software'>> = {},
): UnitInput {
  return { id, model, ...extra, smart: { method: 'regular', registeredDay: 0, exportControlled: true, ...smart, entitlements: { standard: true, ...entitlements } } };
}
