// The values of a model's 001 table that no entitlement changes.
import type { SmartModel } from '../catalog/smart/types';
import type { FeatureId } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { smart } from './provenance';

const FIXED: readonly FeatureId[] = ['firewall-conns', 'vlans', 'uc-proxy-sessions', 'other-vpn-peers', 'total-vpn-peers', 'botnet-traffic-filter', 'clustering'];

/** Firepower/Secure Firewall rows that hold one value for the model ("Firewall Conns, Concurrent: 1,000,000"). */
export function tableFeatures(model: SmartModel): FeatureProvenance {
  const out: FeatureProvenance = {};
  for (const feature of FIXED) {
    const spec = Object.hasOwn(model.features, feature) ? model.features[feature] : undefined;
    if (spec === undefined) continue;
    out[feature] = smart(spec.default, `${model.name} table value`, spec.cite, ['standard']);
  }
  return out;
}
