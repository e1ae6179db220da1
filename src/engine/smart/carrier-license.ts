// 001 §"Carrier License" (Diameter, GTP/GPRS, M3UA, SCTP): an optional license on the Firepower
// 4100/9300 ("Carrier: Disabled — Optional License"); "Enabled" on the ASA virtual; "No support"
// on the Firepower 1000/2100 and Secure Firewall 3100.
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import type { Issue } from '../types';
import { type Grant, smart } from './provenance';
import { smartIssue } from './smart-issue';
import { entitlementPath } from './unit-role';

const licensable = (model: SmartModel): boolean => model.entitlements.includes('carrier');

export function carrierProvenance(model: SmartModel, unit: SmartUnit, grant: Grant, standardOn: boolean): Provenance {
  const spec = model.features.carrier;
  const cite = spec?.cite ?? model.cite;
  if (!licensable(model)) {
    const value = spec?.default ?? 'unsupported';
    return smart(value, value === true ? `Carrier: Enabled on the ${model.name}` : `Carrier: No support on the ${model.name}`, cite);
  }
  if (grant === 'default' || grant === 'unlicensed') return smart(false, 'Only default entitlements are enabled: Carrier is Disabled', `${CITE.evaluation}; ${cite}`);
  const on = standardOn && unit.smart.entitlements.carrier;
  return smart(
    on,
    on ? `Carrier license requested${grant === 'plr' ? ' (included in Permanent License Reservation)' : ''}` : 'Carrier: Disabled (optional license not requested)',
    `${cite}; ${CITE.carrier}`,
    on ? ['carrier'] : [],
  );
}

export function carrierIssues(model: SmartModel, unit: SmartUnit, plan: Plan): Issue[] {
  if (!unit.smart.entitlements.carrier || licensable(model)) return [];
  const path = entitlementPath(plan, unit, 'carrier');
  const cite = model.features.carrier?.cite ?? model.cite;
  if (model.features.carrier?.default === true) {
    return [
      smartIssue('info', 'smart-carrier-included', `${unit.id}: carrier requested, but Carrier is already Enabled on the ${model.name}; no separate license exists.`, cite, {
        path,
        unit: unit.id,
        feature: 'carrier',
      }),
    ];
  }
  return [
    smartIssue(
      'error',
      'smart-carrier-unsupported',
      `${unit.id}: carrier requested, but the ${model.name} has no Carrier license (only the Firepower 4100/9300 do). SCTP inspection maps are not supported, although SCTP stateful inspection using ACLs is.`,
      cite,
      { path, unit: unit.id, feature: 'carrier' },
    ),
  ];
}
