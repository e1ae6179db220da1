// A paid VPN or Unified Communications license on a No Payload Encryption model does nothing there.
// 000 §"No Payload Encryption Models": "The ASA software senses a No Payload Encryption model, and
// disables the following features: Unified Communications, VPN … When you view the license, VPN and
// Unified Communications licenses will not be listed." (The Strong Encryption license still serves
// management connections and the Botnet Traffic Filter database, so it is not named here.)
import type { TierSpec } from '../catalog/types';
import type { PakUnit } from '../plan/schema';
import type { FeatureId, FeatureValue, Issue } from '../types';
import { NPE_CITE, NPE_DISABLED } from './hardware-variants';
import { FEATURES } from '../catalog/features';

/** The features a No Payload Encryption model disables: VPN (AnyConnect, shared Premium and Essentials included) and UC. */
const DOES_NOTHING: readonly FeatureId[] = [...NPE_DISABLED, 'shared-license', 'anyconnect-essentials'];

const paidFor = (tier: TierSpec, features: Readonly<Record<string, FeatureValue>>): FeatureId[] =>
  DOES_NOTHING.filter((f) => Object.hasOwn(features, f) && features[f] !== false && features[f] !== 0 && !Object.is(features[f], tier.features[f]?.default));

export function noPayloadEncryptionLicenses(unit: PakUnit, index: number, tier: TierSpec): Issue[] {
  if (unit.noPayloadEncryption !== true) return [];
  const issues: Issue[] = [];
  const warn = (path: string, features: FeatureId[], what: string, key?: string): void => {
    issues.push({
      severity: 'warning',
      code: 'no-payload-encryption-license-unused',
      message: `${path}: unit "${unit.id}" is a No Payload Encryption model, which disables VPN and Unified Communications; ${what} (${features.map((f) => FEATURES[f].label).join(', ')}) does nothing there`,
      path,
      unit: unit.id,
      ...(key ? { key } : {}),
      feature: features[0]!,
      cite: NPE_CITE,
    });
  };
  const permanent = paidFor(tier, unit.permanent.features);
  if (permanent.length > 0) warn(`deployment.units[${index}].permanent.features`, permanent, 'the permanent license for');
  unit.timeBased.forEach((k, i) => {
    const features = paidFor(tier, k.features);
    if (features.length > 0) warn(`deployment.units[${index}].timeBased[${i}]`, features, `time-based key "${k.id}" for`, k.id);
  });
  return issues;
}
