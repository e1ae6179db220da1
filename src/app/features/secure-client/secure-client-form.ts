// The Secure Client license form's layout: which inputs a license of each type shows, the term
// presets, and the fields a type change carries over. Layout only: what is valid is the engine's
// call (its issues name the field), and a field that holds a value is always shown so it can be fixed.
import { FEATURE_TIERS, SECURE_CLIENT_FEATURE_IDS, type SecureClientFeatureId } from '../../../engine/secure-client/index';
import type { ScLicense, ScLicensePatch, ScLicenseType } from '../../store/secure-client-commands';

export type LicenseField = 'users' | 'sessions' | 'unit' | 'termMonths' | 'shipDay' | 'orderDay' | 'ordering' | 'support';

export const LICENSE_TYPES: readonly { value: ScLicenseType; label: string }[] = [
  { value: 'plus', label: 'Plus (term)' },
  { value: 'apex', label: 'Apex (term)' },
  { value: 'plus-perpetual', label: 'Plus Perpetual' },
  { value: 'vpn-only', label: 'VPN Only (one headend)' },
  { value: 'apex-evaluation', label: 'Apex evaluation' },
  { value: 'essentials', label: 'Essentials (legacy)' },
  { value: 'premium', label: 'Premium (legacy)' },
];

export const licenseTypeLabel = (t: ScLicenseType): string => LICENSE_TYPES.find((x) => x.value === t)?.label ?? t;

/** The inputs each type asks for (the plan format's examples and the fields the engine reads for it). */
const LAYOUT: Readonly<Record<ScLicenseType, readonly LicenseField[]>> = {
  plus: ['users', 'termMonths', 'shipDay', 'orderDay', 'ordering'],
  apex: ['users', 'termMonths', 'shipDay', 'orderDay', 'ordering'],
  'plus-perpetual': ['users', 'shipDay', 'support'],
  'vpn-only': ['sessions', 'unit', 'shipDay', 'support'],
  'apex-evaluation': [],
  essentials: ['sessions', 'unit'],
  premium: ['sessions', 'unit', 'termMonths'],
};

const FIELD_ORDER: readonly LicenseField[] = ['users', 'sessions', 'unit', 'termMonths', 'shipDay', 'orderDay', 'ordering', 'support'];

/** The inputs to show for a license: its type's, plus any other field that holds a value. */
export function shownFields(license: ScLicense): LicenseField[] {
  const wanted = new Set(LAYOUT[license.type]);
  for (const f of FIELD_ORDER) if (license[f] !== undefined) wanted.add(f);
  return FIELD_ORDER.filter((f) => wanted.has(f));
}

/** Term lengths offered as presets (the 1, 3 and 5 year terms); any other month count is "custom". */
export const TERM_PRESETS: readonly number[] = [12, 36, 60];
export const MAX_TERM_MONTHS = 120;

/** Fields a new license of the type starts with. */
export function newLicenseFields(type: ScLicenseType): ScLicensePatch {
  return LAYOUT[type].includes('termMonths') && type !== 'premium' ? { termMonths: 12 } : {};
}

/**
 * What a type change does to the other fields: the count moves between users and sessions when the
 * new type asks for the other one, and fields the new type's form does not show are dropped.
 */
export function retypePatch(license: ScLicense, type: ScLicenseType): ScLicensePatch {
  const next = new Set(LAYOUT[type]);
  const patch: ScLicensePatch = {};
  if (next.has('sessions') && !next.has('users') && license.users !== undefined && license.sessions === undefined) patch.sessions = license.users;
  if (next.has('users') && !next.has('sessions') && license.sessions !== undefined && license.users === undefined) patch.users = license.sessions;
  for (const f of FIELD_ORDER) if (!next.has(f) && license[f] !== undefined) patch[f] = undefined;
  if (next.has('termMonths') && license.termMonths === undefined) Object.assign(patch, newLicenseFields(type));
  return patch;
}

export interface FeatureOption {
  id: SecureClientFeatureId;
  label: string;
  cite: string;
}

/** The capabilities users may need, labelled and cited by the engine. */
export const FEATURE_OPTIONS: readonly FeatureOption[] = SECURE_CLIENT_FEATURE_IDS.map((id) => ({ id, label: FEATURE_TIERS[id].label, cite: FEATURE_TIERS[id].cite }));
