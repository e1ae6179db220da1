// A parsed row turned into a feature value of the plan format, or a clear message why not.
import { FEATURES } from '../catalog/features';
import type { FeatureId, FeatureValue } from '../types';
import type { LabelRule } from './feature-labels';
import { describeValue, type ParsedRow } from './feature-row';
import type { RowValue } from './types';

export type ValueResult = { ok: true; value: FeatureValue } | { ok: false; reason: string };

const NUMBER_FEATURES: ReadonlySet<FeatureId> = new Set(['firewall-conns', 'vlans', 'uc-proxy-sessions', 'anyconnect-peers', 'other-vpn-peers', 'total-vpn-peers', 'security-contexts']);

function asNumber(v: RowValue, label: string): ValueResult {
  if (v.kind === 'number') return { ok: true, value: v.n };
  if (v.kind === 'disabled') return { ok: true, value: 0 };
  return { ok: false, reason: `"${describeValue(v)}" is not a number of ${label}` };
}

function asToggle(v: RowValue, label: string): ValueResult {
  if (v.kind === 'enabled') return { ok: true, value: true };
  if (v.kind === 'disabled') return { ok: true, value: false };
  return { ok: false, reason: `"${describeValue(v)}" is not Enabled or Disabled (${label})` };
}

/** The value a row gives its feature; `true` for "Shared License: Enabled" until the role is known. */
export function featureValueOf(feature: FeatureId, row: ParsedRow): ValueResult {
  const label = FEATURES[feature].label;
  const v = row.value;
  if (NUMBER_FEATURES.has(feature)) return asNumber(v, label);
  if (feature === 'failover') {
    if (v.kind === 'failover') return { ok: true, value: v.mode };
    if (v.kind === 'disabled') return { ok: true, value: 'unsupported' };
    return { ok: false, reason: `"${describeValue(v)}" is not Active/Active, Active/Standby or Disabled` };
  }
  return asToggle(v, label);
}

/** What a row of the given rule contributes, with the feature it stands for. */
export function ruleValue(rule: Exclude<LabelRule, { kind: 'ignored' } | { kind: 'shared-peers' } | { kind: 'des' }>, row: ParsedRow): { feature: FeatureId; result: ValueResult } {
  switch (rule.kind) {
    case 'feature':
      return { feature: rule.feature, result: featureValueOf(rule.feature, row) };
    case 'strong-encryption': {
      const t = asToggle(row.value, 'Encryption-3DES-AES');
      return { feature: 'encryption', result: t.ok ? { ok: true, value: t.value ? '3des-aes' : 'des' } : t };
    }
    case 'carrier':
      return { feature: 'carrier', result: asToggle(row.value, 'Carrier') };
    case 'cluster':
      return { feature: 'clustering', result: asToggle(row.value, 'Cluster') };
    case 'cluster-members':
      return { feature: 'clustering', result: asNumber(row.value, 'Cluster Members') };
  }
}
