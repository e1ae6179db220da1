// One Smart unit's own license over the plan, as contiguous stretches between the days something
// changes (registration, end of evaluation, call-home grace, power): never day by day.
import { CITE } from '../catalog/smart/cites';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, PlanEvent, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import type { FeatureProvenance, LicenseStretch, UnitEvent, UnitLicenseTimeline } from '../unit-timeline';
import { asavResourceIssues } from './asav-platform-limits';
import { asavSessionIssues, throughputOnHardwareIssues } from './asav-session-limits';
import { callHomeCompliance } from './call-home-compliance';
import { carrierIssues } from './carrier-license';
import { contextLicenseIssues } from './context-license';
import { evaluationPhase } from './evaluation-period';
import { ascendingMembership, type Interval, mergeIntervals } from './intervals';
import { plrBlockedByHypervisor, plrIssues } from './permanent-license-reservation';
import { type Grant, licenseOf, sameLicense } from './provenance';
import { registrationNotes } from './registration-notes';
import { securityPlusIssues } from './security-plus';
import { softwareVersionIssues } from './software-version';
import { standardTierIssues } from './standard-tier';
import { strongEncryptionIssues } from './strong-encryption';
import { smartUnitLicense } from './unit-license';
import { standbyEncryptionFromPair } from './standby-encryption';

/** The day the unit's requested entitlements take effect, or null when they never do in the plan. */
export function registrationDay(model: SmartModel, unit: SmartUnit): number | null {
  const method = unit.smart.method;
  if (method === 'evaluation' || method === 'unregistered') return null;
  if (model.asav !== undefined && (unit.smart.entitlements.throughput === undefined || plrBlockedByHypervisor(model, unit))) return null;
  return unit.smart.registeredDay;
}

function staticIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  return [
    ...standardTierIssues(model, unit, plan),
    ...contextLicenseIssues(model, unit, plan),
    ...carrierIssues(model, unit, plan),
    ...securityPlusIssues(model, unit, plan),
    ...strongEncryptionIssues(model, unit, plan),
    ...(model.asav !== undefined ? [...asavSessionIssues(unit, plan), ...asavResourceIssues(unit, plan)] : []),
    ...throughputOnHardwareIssues(model, unit, plan),
    ...plrIssues(model, unit, plan),
    ...registrationNotes(model, unit, plan),
    ...softwareVersionIssues(model, unit, plan),
  ];
}

type PowerOff = Extract<PlanEvent, { type: 'power-off' }>;

export function powerOffIntervals(unit: SmartUnit, plan: Plan): { intervals: Interval[]; events: UnitEvent[] } {
  const offs = plan.events.filter((e): e is PowerOff => e.type === 'power-off' && e.unit === unit.id);
  const intervals = mergeIntervals(offs.map((e) => ({ from: e.day, to: e.day + e.days })));
  const events: UnitEvent[] = [];
  for (const i of intervals) {
    events.push({
      day: i.from,
      type: 'power-off',
      unit: unit.id,
      message: `${unit.id} powered off for ${i.to - i.from} days; evaluation days of use do not count while it is off`,
      cite: CITE.evaluation,
    });
    events.push({ day: i.to, type: 'power-on', unit: unit.id, message: `${unit.id} powered on` });
  }
  return { intervals, events };
}

function registrationEvent(model: SmartModel, unit: SmartUnit, day: number): UnitEvent {
  return unit.smart.method === 'plr'
    ? {
        day,
        type: 'installed',
        unit: unit.id,
        message: `${unit.id}: Permanent License Reservation installed; every feature is available without contacting the Smart Software Manager`,
        cite: model.plr.cite,
      }
    : {
        day,
        type: 'activated',
        unit: unit.id,
        message: `${unit.id} registers with the Smart Software Manager${unit.smart.method === 'on-prem' ? ' On-Prem' : ''}; the requested entitlements are authorized`,
        cite: CITE.registration,
      };
}

export function smartUnitTimeline(unit: SmartUnit, plan: Plan): UnitLicenseTimeline {
  const model = SMART_MODELS[unit.model];
  const registered = registrationDay(model, unit);
  const power = powerOffIntervals(unit, plan);
  const evaluation = evaluationPhase(model, unit, plan, registered, power.intervals);
  const callHome = callHomeCompliance(model, unit, plan, registered);

  const before: Grant = model.asav !== undefined ? 'unlicensed' : 'default';
  const after: Grant = unit.smart.method === 'plr' ? 'plr' : 'registered';
  const licenses: Record<'before' | 'after', { provenance: FeatureProvenance }> = {
    before: { provenance: smartUnitLicense(unit, plan, before, model) },
    after: { provenance: smartUnitLicense(unit, plan, after, model) },
  };
  // An unregistered standby gets Strong Encryption from the pair once the active unit registers (standby-encryption.ts).
  const fromPair = standbyEncryptionFromPair(model, unit, plan, registrationDay);
  const withPairEncryption = fromPair ? { provenance: { ...licenses.before.provenance, encryption: fromPair.provenance } } : null;

  const evaluationOoc: Interval[] = evaluation.expiresDay === null ? [] : [{ from: evaluation.expiresDay, to: registered ?? Number.POSITIVE_INFINITY }];
  const outOfCompliance = mergeIntervals([...evaluationOoc, ...callHome.outOfCompliance]);

  const boundaries = new Set<number>([0]);
  if (registered !== null) boundaries.add(registered);
  if (fromPair) boundaries.add(fromPair.day);
  for (const i of [...outOfCompliance, ...power.intervals]) {
    boundaries.add(i.from);
    if (Number.isFinite(i.to)) boundaries.add(i.to);
  }
  const days = [...boundaries].filter((d) => d >= 0).sort((a, b) => a - b);

  const stretches: LicenseStretch[] = [];
  const isOoc = ascendingMembership(outOfCompliance);
  const isOff = ascendingMembership(power.intervals);
  for (const from of days) {
    const phase = registered !== null && from >= registered ? licenses.after : withPairEncryption && from >= fromPair!.day ? withPairEncryption : licenses.before;
    const license = licenseOf(phase.provenance);
    const ooc = isOoc(from);
    const off = isOff(from);
    const last = stretches[stretches.length - 1];
    if (last && sameLicense(last.license, license) && (last.outOfCompliance ?? false) === ooc && (last.poweredOff ?? false) === off && last.provenance === phase.provenance) {
      continue;
    }
    if (last) last.to = from;
    stretches.push({ from, to: null, license, provenance: phase.provenance, ...(off ? { poweredOff: true } : {}), ...(ooc ? { outOfCompliance: true } : {}) });
  }

  const events = [...power.events, ...evaluation.events, ...callHome.events];
  if (registered !== null) events.push(registrationEvent(model, unit, registered));
  events.sort((a, b) => a.day - b.day);

  return {
    unit: unit.id,
    stretches,
    events: events.filter((e) => e.day <= plan.horizonDays),
    issues: [...staticIssues(model, unit, plan), ...evaluation.issues, ...callHome.issues],
  };
}
