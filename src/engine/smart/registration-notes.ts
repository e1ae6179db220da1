// 001 §"Device Registration and Tokens": the registration token is valid 30 days by default (the
// dialog accepts 1–365, "Cisco recommends a maximum of 30 days"); registering issues an ID
// certificate valid 1 year and renewed every 6 months; the authorization renews every 30 days.
import { SMART_COMMUNICATION as C } from '../catalog/smart/communication';
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue } from '../types';
import { smartIssue } from './smart-issue';
import { unitPath } from './unit-role';

export function registrationNotes(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  const method = unit.smart.method;
  const issues: Issue[] = [];
  if (method === 'evaluation' || method === 'unregistered') {
    if (unit.smart.registeredDay > 0) {
      issues.push(
        smartIssue('info', 'smart-registered-day-ignored', `${unit.id}: registeredDay ${unit.smart.registeredDay} is ignored because method is "${method}".`, CITE.registration, {
          path: unitPath(plan, unit, 'smart', 'registeredDay'),
          unit: unit.id,
        }),
      );
    }
    return issues;
  }
  if (method === 'plr') return issues;
  const tokenDays = unit.smart.tokenDays ?? C.tokenDefaultDays;
  const chassis = model.familyId === 'fpr-4100' || model.familyId === 'fpr-9300' ? ' Registration is configured on the chassis, not on the ASA logical device.' : '';
  const onPrem = method === 'on-prem' ? ' With Smart Software Manager On-Prem, only the On-Prem server needs to sync periodically with the Smart Software Manager.' : '';
  issues.push(
    smartIssue(
      'info',
      'smart-registration',
      `${unit.id}: registers on day ${unit.smart.registeredDay} with a token valid ${tokenDays} days (${C.tokenMinDays}–${C.tokenMaxDays}, ${C.tokenDefaultDays} by default). The ID certificate is valid 1 year and renewed every ${C.idCertificateRenewalMonths} months; the authorization renews every ${C.authorizationRenewalDays} days and stays valid up to ${C.callHomeGraceDays} days without calling home.${chassis}${onPrem}`,
      `${C.cite.registration}; ${C.cite.periodic}`,
      { path: unitPath(plan, unit, 'smart', 'registeredDay'), unit: unit.id },
    ),
  );
  if (tokenDays > C.tokenRecommendedMaxDays) {
    issues.push(
      smartIssue(
        'info',
        'smart-token-over-recommended',
        `${unit.id}: tokenDays ${tokenDays}; the token may last 1–365 days, but Cisco recommends a maximum of ${C.tokenRecommendedMaxDays}.`,
        C.cite.token,
        { path: unitPath(plan, unit, 'smart', 'tokenDays'), unit: unit.id },
      ),
    );
  }
  return issues;
}
