// 001 §"Encryption License": the registration token with "Allow export-controlled functionality"
// applies Strong Encryption (3DES/AES) to qualified accounts; otherwise an account Cisco allows can
// add the Strong Encryption license manually. No evaluation license exists for it
// (001 §"Evaluation License"). DES cannot be disabled (001 §"DES: All Models").
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import type { Issue } from '../types';
import { coveredByActiveUnit } from './evaluation-period';
import { type Grant, smart } from './provenance';
import { smartIssue } from './smart-issue';
import { entitlementPath, unitPath } from './unit-role';

export function encryptionProvenance(model: SmartModel, unit: SmartUnit, grant: Grant, standardOn: boolean): Provenance {
  const se = model.strongEncryption;
  if (grant === 'unlicensed') return smart('des', `Not registered: ${se.beforeRegistration}`, se.cite);
  if (grant === 'default') {
    return smart(
      'des',
      `Evaluation mode: there is no evaluation license for Strong Encryption (3DES/AES); you must register to receive the export-compliance token. ${se.beforeRegistration}`,
      `${CITE.evaluation}; ${se.cite}`,
    );
  }
  const plr = grant === 'plr' ? ' (Permanent License Reservation: enabled if the account qualifies)' : '';
  if (unit.smart.exportControlled) {
    return smart(
      '3des-aes',
      `The registration token allows export-controlled functionality: Strong Encryption (3DES/AES) is applied${plr}; if the unit later goes out of compliance it keeps allowing through-the-box traffic`,
      se.cite,
      ['export-controlled token'],
    );
  }
  if (standardOn && unit.smart.entitlements['strong-encryption']) {
    return smart('3des-aes', `Strong Encryption (3DES/AES) license added to the account manually and requested${plr}`, se.cite, ['strong-encryption']);
  }
  return smart('des', `Base (DES): the token does not allow export-controlled functionality and no Strong Encryption license is requested. ${se.beforeRegistration}`, `${se.cite}; ${CITE.des}`);
}

export function strongEncryptionIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  const e = unit.smart.entitlements;
  const se = model.strongEncryption;
  const method = unit.smart.method;
  if (method === 'evaluation' || method === 'unregistered') {
    if (!unit.smart.exportControlled && !e['strong-encryption']) return [];
    if (coveredByActiveUnit(model, unit, plan)) {
      // 001 §"Failover Licenses for the Firepower 1100": the second of the two documented choices.
      return [
        smartIssue(
          'info',
          'smart-standby-encryption-from-pair',
          `${unit.id}: not registered; as the standby it gets Strong Encryption from the pair's aggregated license once the active unit registers (enable failover before registering the active unit: the second choice 001 documents; reload both units to use AES/3DES on an encrypted failover link).`,
          model.failover.cite,
          { path: unitPath(plan, unit, 'smart', 'method'), unit: unit.id, feature: 'encryption' },
        ),
      ];
    }
    return [
      smartIssue(
        'info',
        'smart-encryption-needs-registration',
        `${unit.id}: strong encryption is asked for, but the unit is ${method === 'evaluation' ? 'in evaluation mode' : 'not registered'}; Strong Encryption (3DES/AES) needs registration (no evaluation license exists).`,
        `${CITE.evaluation}; ${se.cite}`,
        { path: unitPath(plan, unit, 'smart', 'method'), unit: unit.id, feature: 'encryption' },
      ),
    ];
  }
  if (unit.smart.exportControlled && e['strong-encryption']) {
    return [
      smartIssue(
        'info',
        'smart-strong-encryption-not-required',
        `${unit.id}: strong-encryption is requested although the token allows export-controlled functionality; the license is only required if the account is not authorized for strong encryption.`,
        se.cite,
        { path: entitlementPath(plan, unit, 'strong-encryption'), unit: unit.id, feature: 'encryption' },
      ),
    ];
  }
  if (!unit.smart.exportControlled && !e['strong-encryption']) {
    return [
      smartIssue('info', 'smart-encryption-des', `${unit.id}: Base (DES) only: neither an export-controlled token nor a Strong Encryption license. ${se.beforeRegistration}`, se.cite, {
        path: unitPath(plan, unit, 'smart', 'exportControlled'),
        unit: unit.id,
        feature: 'encryption',
      }),
    ];
  }
  return [];
}
