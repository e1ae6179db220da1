// One PAK unit from one device's facts: tier, permanent key features, time-based keys.
import type { PakModel } from '../catalog/types';
import type { PakUnit } from '../plan/schema';
import { resolveTier } from './resolve-tier';
import { readPermanent } from './permanent-features';
import { readTimeBasedKeys } from './time-based-keys';
import type { DeviceFacts, FeatureObservation, ImportIssue } from './types';
import type { TierSpec } from '../catalog/types';

/** PAK models print the Carrier license (9.5(2) and later) where 8.x and early 9.x printed GTP/GPRS. */
export function asPakRows(rows: readonly FeatureObservation[]): FeatureObservation[] {
  return rows.map((r) => (r.feature === 'carrier' ? { ...r, feature: 'gtp-gprs' } : r));
}

export interface PakUnitRead {
  unit: PakUnit;
  tier: TierSpec;
  own: FeatureObservation[];
  issues: ImportIssue[];
}

export function readPakUnit(d: DeviceFacts, model: PakModel, id: string): PakUnitRead {
  const own = asPakRows(d.own);
  for (const k of d.keys) k.rows = asPakRows(k.rows);
  const tierRead = resolveTier(model, own, d.tierLines);
  const tier = tierRead.tier;
  const reported = new Set(tierRead.issues.map((i) => i.line).filter((l): l is number => l !== undefined));
  const perm = readPermanent(d, model, tier, own, reported);
  const keys = readTimeBasedKeys(d, model, tier, own);
  const issues: ImportIssue[] = [...tierRead.issues, ...perm.issues, ...keys.issues];

  if (own.length === 0) {
    issues.push({
      severity: 'warning',
      code: 'import-no-feature-block',
      message: `no "Licensed features for this platform:" block for unit "${id}": its permanent license is assumed to be the ${model.name} ${tier.name} table defaults`,
      unit: id,
      cite: model.cite,
    });
  }
  if (d.userContext) {
    issues.push({
      severity: 'warning',
      code: 'import-user-context',
      line: d.userContext.line,
      message: `line ${d.userContext.line}: this output comes from a user context, which lists only part of the license; run show version in the system execution space`,
      cite: '000 §"Monitoring PAK Licenses"',
    });
  }
  if (d.permanentKey?.value.allZero) {
    issues.push({
      severity: 'warning',
      code: 'import-permanent-key-zero',
      line: d.permanentKey.line,
      message: `line ${d.permanentKey.line}: the running permanent activation key is all 0s; a valid permanent key must be reinstalled before failover can be enabled`,
      cite: '000 §"Failover License Requirements and Exceptions"',
    });
  }
  const noPayload = d.desDisabled !== undefined;
  if (d.desDisabled) {
    issues.push({
      severity: 'info',
      code: 'import-no-payload-encryption',
      line: d.desDisabled.line,
      message: `line ${d.desDisabled.line}: DES encryption is Disabled, which is what a No Payload Encryption model prints; the unit is marked noPayloadEncryption`,
      cite: '000 §"No Payload Encryption Models"',
    });
  }
  const unit: PakUnit = {
    id,
    model: model.id,
    ...(d.software ? { software: d.software.value } : {}),
    ...(noPayload ? { noPayloadEncryption: true } : {}),
    ...(d.serial && /^[A-Za-z0-9]{1,40}$/.test(d.serial.value) ? { serial: d.serial.value } : {}),
    ...(d.permanentKey && d.permanentKey.value.hex !== '' && !d.permanentKey.value.allZero && /^0x[0-9a-fA-F]{1,8}( 0x[0-9a-fA-F]{1,8}){3,4}$/.test(d.permanentKey.value.hex)
      ? { activationKey: d.permanentKey.value.hex }
      : {}),
    permanent: { tier: tier.id, features: { ...perm.features, ...keys.permanent } },
    timeBased: keys.keys,
  };
  return { unit, tier, own, issues };
}
