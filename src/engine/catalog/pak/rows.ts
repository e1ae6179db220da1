// Builders for the rows of 000 §"Licenses Per Model", so each model file reads like its table.
import type { Cite } from '../../types';
import type { CatalogNote, FeatureSpec } from '../types';

export const section = (table: string): Cite => `000 §"${table}"`;

export const fixed = (value: number | boolean | string, cite: Cite, note?: string): FeatureSpec => (note === undefined ? { default: value, cite } : { default: value, cite, note });

/** Licensable numeric tiers: a default and the optional license values; the largest is the platform limit. */
export const tiers = (defaultValue: number, options: readonly number[], cite: Cite): FeatureSpec => ({
  default: defaultValue,
  options,
  limit: Math.max(defaultValue, ...options),
  cite,
});

export const unsupported = (cite: Cite, note?: string): FeatureSpec => fixed('unsupported', cite, note);

/** "Disabled — Optional license: Available". */
export const optional = (cite: Cite): FeatureSpec => ({ default: false, options: [true], cite });

/** "Disabled — Optional Time-based license: Available" (Botnet Traffic Filter). */
export const timeBasedOnly = (cite: Cite): FeatureSpec => ({ default: false, options: [true], timeBasedOnly: true, cite });

/** "Disabled — Optional AnyConnect Plus or Apex license: N maximum". */
export const anyConnectUpTo = (max: number, cite: Cite): FeatureSpec => ({ default: 0, upTo: max, limit: max, cite });

/** "Base (DES) — Optional license: Strong (3DES/AES)". */
export const encryption = (cite: Cite): FeatureSpec => ({ default: 'des', options: ['3des-aes'], cite });

/** Legacy AnyConnect Essentials: a separate license of 8.2 and later, not in the 9.x tables. */
export const essentials = (cite: Cite): FeatureSpec => ({
  default: false,
  options: [true],
  cite,
  note: 'Legacy license (before AnyConnect 4): incompatible with AnyConnect Premium, shared Premium and Advanced Endpoint Assessment (000 §"Additional Guidelines").',
});

/**
 * Shared AnyConnect Premium licensing (server or participant). No model table has a row for it, so
 * the citations are the section that describes it and, where a model lacks it, 000 §"Model
 * Guidelines" ("Shared licenses are not supported on the ASAv, ASA 5506-X, ASA 5508-X, and ASA 5516-X").
 */
export const sharedLicense = (supported: boolean): FeatureSpec =>
  supported
    ? { default: false, options: ['server', 'participant'], cite: '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"' }
    : { default: false, cite: '000 §"Model Guidelines"', note: 'Shared licenses are not supported on this model.' };

export const UC_OPTIONS_500 = [24, 50, 100, 250, 500] as const;
export const UC_OPTIONS_1000 = [...UC_OPTIONS_500, 750, 1000] as const;
export const UC_OPTIONS_2000 = [...UC_OPTIONS_1000, 2000] as const;
export const UC_OPTIONS_3000 = [...UC_OPTIONS_2000, 3000] as const;
export const UC_OPTIONS_10000 = [...UC_OPTIONS_3000, 5000, 10000] as const;

export const BOTNET_DISPLAY_NOTE = 'The licensing information might show that the Botnet Traffic Filter license is Enabled. Ignore the display: this license is not supported.';

export const botnetDisplayNote = (cite: Cite): CatalogNote => ({ id: 'botnet-display', text: BOTNET_DISPLAY_NOTE, cite });

export const phoneProxyNote = (cite: Cite): CatalogNote => ({
  id: 'phone-proxy-5000',
  text: 'With the 10,000-session UC license, the total combined sessions can be 10,000, but the maximum number of Phone Proxy sessions is 5000.',
  cite,
});

export const dualSspNote = (cite: Cite): CatalogNote => ({
  id: 'dual-ssp',
  text: 'You can use two SSPs of the same level in the same chassis; mixed-level SSPs are not supported. Each SSP acts as an independent device with separate configurations and management, and the two can be a failover pair.',
  cite,
});

export const k8Note: CatalogNote = {
  id: 'k8-tls-srtp',
  text: 'With license part numbers ending in K8, TLS proxy sessions are limited to 1000 and SRTP sessions to 250; with K9 the TLS proxy limit is the model limit and SRTP is unlimited.',
  cite: '000 §"Total UC Proxy Sessions"',
};
