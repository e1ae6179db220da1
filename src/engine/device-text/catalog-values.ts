// What the catalog says about a value the device printed: default, licensable, or out of line.
import type { FeatureSpec, TierSpec } from '../catalog/types';
import type { FeatureId, FeatureValue } from '../types';

export function specOf(tier: TierSpec, feature: FeatureId): FeatureSpec | undefined {
  return Object.hasOwn(tier.features, feature) ? tier.features[feature] : undefined;
}

/** A key can set it: the table offers optional licenses ("Optional license: …", "N maximum"). */
export const isLicensable = (spec: FeatureSpec): boolean => (spec.options?.length ?? 0) > 0 || spec.upTo !== undefined;

/** "Disabled", 0 or No support. */
export const isOff = (value: FeatureValue): boolean => value === false || value === 0 || value === 'unsupported';

/** The printed value is what the table gives without an optional license. */
export function isDefault(spec: FeatureSpec, value: FeatureValue): boolean {
  if (Object.is(spec.default, value)) return true;
  if (spec.default === 'unsupported' && isOff(value)) return true;
  // "Cluster: Enabled" without a member count on a model whose table gives the unit count.
  return value === true && typeof spec.default === 'number' && spec.default > 0;
}

/** The value fits the tier: its default, or a licence the tier offers. */
export function fitsTier(spec: FeatureSpec, value: FeatureValue): boolean {
  if (isDefault(spec, value)) return true;
  if (spec.upTo !== undefined) return typeof value === 'number' && value >= 0 && value <= spec.upTo;
  if (value === true && (spec.options ?? []).some((o) => typeof o === 'number')) return true;
  return (spec.options ?? []).some((o) => Object.is(o, value));
}

/**
 * Every 9.x ASA prints "AnyConnect Premium Peers : 2" without an AnyConnect license (observed
 * output; the 9.x tables say "Disabled"), so 2 on a model whose table default is 0 is not a license.
 */
export const isBuiltInAnyConnect = (feature: FeatureId, value: FeatureValue, spec: FeatureSpec): boolean => feature === 'anyconnect-peers' && value === 2 && spec.default === 0;

const SHOWN: Readonly<Record<string, string>> = { unsupported: 'No support', 'active-active': 'Active/Active', 'active-standby': 'Active/Standby', '3des-aes': 'Strong (3DES/AES)', des: 'Base (DES)' };

export function showValue(value: FeatureValue): string {
  if (typeof value === 'string' && Object.hasOwn(SHOWN, value)) return SHOWN[value]!;
  if (value === true) return 'Enabled';
  if (value === false) return 'Disabled';
  return String(value);
}

/** A device line quoted in a message, its column padding collapsed. */
export const quoteLine = (text: string): string => text.trim().replace(/\s+/g, ' ');
