// Limits that come from the hardware or the license part number rather than from the tier.
import type { FeatureId, License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';

export const K8_CITE = '000 §"Total UC Proxy Sessions"';
export const NPE_CITE = '000 §"No Payload Encryption Models"';
export const K8_TLS_PROXY_LIMIT = 1000;

export interface HardwareVariant {
  partSuffix?: 'K8' | 'K9' | undefined;
  noPayloadEncryption?: boolean | undefined;
}

export const NPE_DISABLED: readonly FeatureId[] = ['uc-proxy-sessions', 'anyconnect-peers', 'other-vpn-peers', 'total-vpn-peers', 'vpn-load-balancing'];

/** Applies the K8 TLS proxy cap and the No Payload Encryption exclusions to a unit's own license, in place. */
export function applyHardwareVariant(variant: HardwareVariant, license: License, provenance?: FeatureProvenance): void {
  const uc = license['uc-proxy-sessions'];
  if (variant.partSuffix === 'K8' && typeof uc === 'number' && uc > K8_TLS_PROXY_LIMIT) {
    license['uc-proxy-sessions'] = K8_TLS_PROXY_LIMIT;
    const before = provenance?.['uc-proxy-sessions'];
    if (provenance)
      provenance['uc-proxy-sessions'] = {
        value: K8_TLS_PROXY_LIMIT,
        source: before?.source ?? 'model',
        ...(before?.keys ? { keys: before.keys } : {}),
        rule: `K8 license part number: TLS proxy sessions are limited to ${K8_TLS_PROXY_LIMIT}`,
        uncapped: uc,
        limit: K8_TLS_PROXY_LIMIT,
        cite: K8_CITE,
      };
  }
  if (variant.noPayloadEncryption) {
    for (const f of NPE_DISABLED) {
      if (license[f] === undefined) continue;
      const value = typeof license[f] === 'number' ? 0 : 'unsupported';
      license[f] = value;
      if (provenance) provenance[f] = { value, source: 'model', rule: 'No Payload Encryption model: VPN and Unified Communications are disabled', cite: NPE_CITE };
    }
  }
}
