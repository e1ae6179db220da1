// 001 §"Firepower 1000, 2100, Secure Firewall 3100: Configure Regular Smart Software Licensing":
// "By default, the ASA supports 2 contexts, so you should request the number of contexts you want
// minus the 2 default contexts … to use the maximum of 25 contexts on the Firepower 2110, enter 23."
// The 4100/9300 include 10 (001 §"Firepower 4100", §"Firepower 9300").
import { CITE } from '../catalog/smart/cites';
import { PLR_248_NOTE } from '../catalog/smart/chassis-model';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import type { Issue } from '../types';
import { type Grant, smart } from './provenance';
import { smartIssue } from './smart-issue';
import { entitlementPath, unitRole } from './unit-role';

export function contextsProvenance(model: SmartModel, unit: SmartUnit, grant: Grant, standardOn: boolean): Provenance {
  const spec = model.contexts;
  if (spec === null) return smart('unsupported', `Security Contexts: No support on the ${model.name}`, model.features['security-contexts']?.cite ?? model.cite);
  if (grant === 'default' || grant === 'unlicensed') {
    return smart(spec.included, `Only default entitlements are enabled: the Standard license includes ${spec.included} contexts`, `${CITE.evaluation}; ${spec.cite}`, ['standard']);
  }
  const requested = standardOn ? unit.smart.entitlements.contexts : 0;
  const total = spec.included + requested;
  const capped = total > spec.max;
  const plr = grant === 'plr' ? ' (Permanent License Reservation: every feature is available; the ASA still requests the contexts)' : '';
  const rule =
    requested === 0
      ? `The Standard license includes ${spec.included} contexts; no Context license requested${plr}`
      : `${spec.included} included with the Standard license + ${requested}-context license = ${total}${capped ? `, capped at the ${model.name} maximum of ${spec.max}` : ''}${plr}`;
  const cite = grant === 'plr' ? `${spec.cite}; ${model.plr.cite}` : spec.cite;
  return smart(capped ? spec.max : total, rule, cite, requested > 0 ? ['standard', 'contexts'] : ['standard'], capped ? { uncapped: total, limit: spec.max } : undefined);
}

export function contextLicenseIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const requested = unit.smart.entitlements.contexts;
  const path = entitlementPath(plan, unit, 'contexts');
  const spec = model.contexts;
  if (spec === null) {
    if (requested > 0) {
      issues.push(
        smartIssue(
          'error',
          'smart-contexts-unsupported',
          `${unit.id}: contexts ${requested} requested, but the ${model.name} does not support security contexts (no Context license).`,
          model.familyId === 'fpr-1010' ? CITE.configureHardware : model.cite,
          { path, unit: unit.id, feature: 'security-contexts' },
        ),
      );
    }
    if (plan.deployment.contextMode === 'multiple') {
      issues.push(
        smartIssue(
          'error',
          'smart-multiple-context-unsupported',
          `${unit.id}: contextMode is "multiple", but the ${model.name} has no security context support.`,
          model.features['security-contexts']?.cite ?? model.cite,
          { path: 'deployment.contextMode', unit: unit.id, feature: 'security-contexts' },
        ),
      );
    }
    return issues;
  }
  const plrStated = unit.smart.method === 'plr' ? model.plr.statedMaxContextRequest : undefined;
  if (plrStated !== undefined) {
    issues.push(
      smartIssue(
        'info',
        'smart-plr-248-contexts',
        `${unit.id}: with Permanent License Reservation 001 says you can specify "the maximum contexts (${plrStated})", but the ${model.name} table gives ${spec.included} included and a maximum of ${spec.max}, so the largest useful Context license is ${spec.maxLicense}; the running value is capped at ${spec.max}.`,
        PLR_248_NOTE.cite,
        { path, unit: unit.id, feature: 'security-contexts' },
      ),
    );
  }
  if (requested > spec.maxLicense && unitRole(plan, unit) === 'standalone') {
    const within248 = plrStated !== undefined && requested <= plrStated;
    const total = spec.included + requested;
    issues.push(
      smartIssue(
        within248 ? 'info' : 'warning',
        'smart-contexts-over-max',
        `${unit.id}: contexts ${requested} + ${spec.included} included = ${total}, above the ${model.name} maximum of ${spec.max}; request ${spec.maxLicense} instead (the Context license is added to the ${spec.included} included contexts).${within248 ? ` 001 allows specifying up to ${plrStated} under PLR; the running value is capped at ${spec.max}.` : ''}`,
        spec.cite,
        { path, unit: unit.id, feature: 'security-contexts' },
      ),
    );
  }
  if (requested > 0 && plan.deployment.contextMode === 'single') {
    issues.push(
      smartIssue(
        'warning',
        'smart-contexts-single-mode',
        `${unit.id}: contexts ${requested} requested, but contextMode is "single"; the Context license only matters in multiple context mode.`,
        spec.cite,
        { path, unit: unit.id, feature: 'security-contexts' },
      ),
    );
  }
  return issues;
}
