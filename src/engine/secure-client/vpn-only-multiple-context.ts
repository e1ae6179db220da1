// 002 §"Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and
// AnyConnect Plus Perpetual?" (003: "… Cisco Secure Client VPN Only …"): "No other AnyConnect function
// or service (Web Security Module, Identity Services Engine Posture, Network Visibility, ASA
// Multi-context VPN, etc) is available with the AnyConnect Only licenses." A VPN Only license on an
// ASA in multiple context mode does not license its VPN.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import { faq } from './cite';
import type { LicenseWindow } from './types';

const PERPETUAL = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);

export function vpnOnlyInMultipleContext(windows: readonly LicenseWindow[], plan: Plan): Issue[] {
  if (plan.deployment.contextMode !== 'multiple') return [];
  return windows
    .filter((w) => w.type === 'vpn-only')
    .map((w) => ({
      severity: 'warning' as const,
      code: 'vpn-only-multiple-context',
      message: `${w.path}: a VPN Only license${w.unit !== null ? ` on ${w.unit}` : ''}, but deployment.contextMode is "multiple"; ASA multi-context VPN is not available with VPN Only licenses (VPN Only is an alternative to the Plus and Apex model and excludes it)`,
      path: w.path,
      key: w.id,
      ...(w.unit !== null ? { unit: w.unit } : {}),
      cite: PERPETUAL,
    }));
}
