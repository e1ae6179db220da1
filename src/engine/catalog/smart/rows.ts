// Builders for the rows of 001 §"Licenses Per Model", so each model file reads like its table.
import type { Cite } from '../../types';
import type { FeatureSpec } from '../types';

export const fixed = (value: number | boolean | string, cite: Cite, note?: string): FeatureSpec => (note === undefined ? { default: value, cite } : { default: value, cite, note });

export const unsupported = (cite: Cite, note?: string): FeatureSpec => fixed('unsupported', cite, note);

/** "Disabled — Optional License: Carrier". */
export const optional = (cite: Cite): FeatureSpec => ({ default: false, options: [true], cite });

/** "Unlicensed — Optional AnyConnect Plus, AnyConnect Apex, or AnyConnect VPN Only license, Maximum: N". */
export const anyConnectUpTo = (max: number, cite: Cite): FeatureSpec => ({
  default: 0,
  upTo: max,
  limit: max,
  cite,
  note: 'AnyConnect Client licenses are not applied to the ASA; buy Plus/Apex (pooled in the Smart Account) or VPN Only (per headend) to have the right to use it (001 §"AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses").',
});

/** "Base (DES) or Strong (3DES/AES), depending on the account's export compliance setting". */
export const encryption = (cite: Cite): FeatureSpec => ({
  default: 'des',
  options: ['3des-aes'],
  cite,
  note: "Base (DES) or Strong (3DES/AES), depending on the account's export compliance setting.",
});

/** "N — Optional License, Maximum: M": the Context license is added to the N included contexts. */
export const contextsUpTo = (included: number, max: number, cite: Cite): FeatureSpec => ({
  default: included,
  upTo: max,
  limit: max,
  cite,
  note: `The Standard license includes ${included} contexts; a Context license is added to them, up to ${max}.`,
});

export const SCTP_NOTE = 'No support. Although SCTP inspection maps are not supported, SCTP stateful inspection using ACLs is supported.';

/** `{ 'fpr-2110': 1_000_000, … }` style per-model cells of a family table. */
export type PerModel<K extends string> = Readonly<Record<K, number>>;
