// 001 §"Evaluation License": before registering, the Firepower 1000/2100, Secure Firewall 3100 and
// Firepower 4100/9300 chassis run "for 90 days (total usage) in evaluation mode. Only default
// entitlements are enabled. When this period ends, [they become] out-of-compliance." Total usage:
// powered-off days do not count. "The ASA virtual does not support an evaluation mode."
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import type { UnitEvent } from '../unit-timeline';
import { dayUsageReaches, type Interval } from './intervals';
import { smartIssue } from './smart-issue';
import { unitPath, unitRole } from './unit-role';

export interface EvaluationPhase {
  /** The day evaluation ends in out-of-compliance, when that happens before registration. */
  expiresDay: number | null;
  /** The days the unit runs in evaluation mode [from, to): until it registers or its days of use run out; null when it never does. */
  period: Interval | null;
  events: UnitEvent[];
  issues: Issue[];
}

/** A failover standby whose Standard license comes from the active unit need not register (1100, 2100). */
export function coveredByActiveUnit(model: SmartModel, unit: SmartUnit, plan: Plan): boolean {
  return plan.deployment.mode === 'failover' && unitRole(plan, unit) === 'secondary' && model.failover.registration === 'primary';
}

export function evaluationPhase(model: SmartModel, unit: SmartUnit, plan: Plan, registrationDay: number | null, powerOff: readonly Interval[]): EvaluationPhase {
  const none: EvaluationPhase = { expiresDay: null, period: null, events: [], issues: [] };
  const methodPath = unitPath(plan, unit, 'smart', 'method');
  const spec = model.evaluation;
  if (spec === null) {
    if (unit.smart.method !== 'evaluation') return none;
    return {
      ...none,
      issues: [
        smartIssue(
          'error',
          'asav-no-evaluation',
          `${unit.id}: method "evaluation", but the ASA virtual does not support an evaluation mode; before it registers it runs severely rate-limited (100 connections). Register it (regular or on-prem) or use PLR.`,
          CITE.evaluation,
          { path: methodPath, unit: unit.id },
        ),
      ],
    };
  }
  if (registrationDay === 0) return none;
  if (coveredByActiveUnit(model, unit, plan)) {
    return {
      ...none,
      issues: [
        smartIssue(
          'info',
          'smart-standby-needs-no-registration',
          `${unit.id}: not registered; as the standby ${model.name} it has the Standard license by default and uses the pair's aggregated license, so it does not need to register.`,
          model.failover.cite,
          { path: methodPath, unit: unit.id },
        ),
      ],
    };
  }
  const expires = dayUsageReaches(0, spec.days, powerOff);
  const until = registrationDay === null ? 'never registers in the plan' : `registers on day ${registrationDay}`;
  if (registrationDay !== null && expires >= registrationDay) {
    return {
      ...none,
      period: { from: 0, to: registrationDay },
      issues: [
        smartIssue(
          'info',
          'smart-evaluation-until-registration',
          `${unit.id}: runs in evaluation mode (default entitlements only, no Strong Encryption) until it registers on day ${registrationDay}, within the ${spec.days} days of use.`,
          spec.cite,
          { path: unitPath(plan, unit, 'smart', 'registeredDay'), unit: unit.id },
        ),
      ],
    };
  }
  const consequence = model.outOfCompliance.text;
  return {
    expiresDay: expires,
    period: { from: 0, to: expires },
    events: [
      { day: expires, type: 'evaluation-expired', unit: unit.id, message: `${unit.id}: the ${spec.days} days of evaluation use are over`, cite: spec.cite },
      { day: expires, type: 'out-of-compliance', unit: unit.id, message: `${unit.id} is out of compliance until it registers. ${consequence}`, cite: `${spec.cite}; ${model.outOfCompliance.cite}` },
    ],
    issues: [
      smartIssue(
        expires < plan.horizonDays ? 'warning' : 'info',
        'smart-evaluation-expires',
        `${unit.id}: evaluation mode ends after ${spec.days} days of use, on day ${expires}, and the unit ${until}; from day ${expires} it is out of compliance. ${consequence} Register it before day ${expires}.`,
        spec.cite,
        { path: registrationDay === null ? methodPath : unitPath(plan, unit, 'smart', 'registeredDay'), unit: unit.id, day: expires },
      ),
    ],
  };
}
