import type { Provenance } from '../result';
import type { Cite, FeatureId, FeatureValue, License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';

/** How far a unit is licensed at some moment. */
export type Grant =
  /** ASAv before registration: severely rate-limited, 100 connections. */
  | 'unlicensed'
  /** Hardware evaluation mode (or out of compliance after it): only default entitlements. */
  | 'default'
  /** Registered with the Smart Software Manager (regular or On-Prem): requested entitlements are authorized. */
  | 'registered'
  /** Permanent License Reservation installed. */
  | 'plr';

export function smart(value: FeatureValue, rule: string, cite: Cite, keys: readonly string[] = [], cap?: { uncapped: number; limit: number }): Provenance {
  return {
    value,
    source: 'smart',
    ...(keys.length > 0 ? { keys: [...keys] } : {}),
    rule,
    ...(cap ? { uncapped: cap.uncapped, limit: cap.limit } : {}),
    cite,
  };
}

export function licenseOf(provenance: FeatureProvenance): License {
  const license: License = {};
  for (const [feature, p] of Object.entries(provenance) as [FeatureId, Provenance][]) license[feature] = p.value;
  return license;
}

export function sameLicense(a: License, b: License): boolean {
  const ka = Object.keys(a) as FeatureId[];
  const kb = Object.keys(b) as FeatureId[];
  return ka.length === kb.length && ka.every((k) => Object.is(a[k], b[k]));
}
