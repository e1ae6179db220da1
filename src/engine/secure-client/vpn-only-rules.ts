// VPN Only: one headend, concurrent sessions, not shared, not additive, only the Active/Standby primary.
import type { Plan } from '../plan/schema';
import type { Issue } from '../types';
import { faq, s000, s001 } from './cite';
import { carriesSessions } from './headend-capacity';
import { covers } from './license-dates';
import type { FleetUnit, LicenseWindow } from './types';

const PERPETUAL = faq(
  'Can I buy a perpetual AnyConnect license? Can you tell me more about AnyConnect Only and AnyConnect Plus Perpetual?',
  'Can I buy a perpetual Cisco Secure Client license? Can you tell me more about Cisco Secure Client VPN Only and Cisco Secure Client Plus Perpetual?',
);
const LIMITS = faq('Are there any additional limitations of the AnyConnect-only licenses?', 'Are there any additional limitations of the Cisco Secure Client VPN-only licenses?');
const PER_HEADEND_001 = s001('AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses');

export interface HeadendResolution {
  windows: LicenseWindow[];
  issues: Issue[];
}

// 002/003 §"Can I buy a perpetual …?": VPN Only "is licensed based on a single headend device";
// "For active/standby pairs, only the primary headend is required to have a VPN Only license".
export function resolveVpnOnlyHeadends(windows: readonly LicenseWindow[], fleet: readonly FleetUnit[], plan: Plan): HeadendResolution {
  const issues: Issue[] = [];
  const byId = new Map(fleet.map((u) => [u.id, u]));
  const candidates = fleet.filter((u) => u.role === 'standalone' || u.role === 'primary');
  const resolved = windows.map((w): LicenseWindow => {
    if (w.type !== 'vpn-only') return w;
    if (w.unit === null) {
      const only = candidates.length === 1 && fleet.filter((u) => carriesSessions(u, plan)).length === 1 ? candidates[0] : undefined;
      if (only) {
        issues.push({
          severity: 'info',
          code: 'vpn-only-unit-inferred',
          message: `${w.path}.unit: not given; the VPN Only license is bound to the one headend, ${only.id}`,
          path: `${w.path}.unit`,
          key: w.id,
          unit: only.id,
          cite: PERPETUAL,
        });
        return { ...w, unit: only.id };
      }
      issues.push({
        severity: 'error',
        code: 'vpn-only-needs-unit',
        message: `${w.path}.unit: a VPN Only license belongs to one headend; name the unit`,
        path: `${w.path}.unit`,
        key: w.id,
        cite: `${PERPETUAL}; ${PER_HEADEND_001}`,
      });
      return w;
    }
    const unit = byId.get(w.unit);
    if (!unit) {
      issues.push({
        severity: 'error',
        code: 'vpn-only-unknown-unit',
        message: `${w.path}.unit: "${w.unit}" is not a unit of this deployment; VPN Only licenses cannot be transferred, rehosted or shared`,
        path: `${w.path}.unit`,
        key: w.id,
        cite: PERPETUAL,
      });
    } else if (!carriesSessions(unit, plan)) {
      issues.push({
        severity: 'warning',
        code: 'vpn-only-on-standby',
        message: `${w.path}.unit: ${unit.id} is the standby of an Active/Standby pair; only the primary needs a VPN Only license (the standby runs the primary's after failover)`,
        path: `${w.path}.unit`,
        key: w.id,
        unit: unit.id,
        cite: `${PERPETUAL}; ${LIMITS}`,
      });
    }
    return w;
  });
  return { windows: resolved, issues };
}

// §"Are there any additional limitations …?": "VPN-only license are not additive … you can't start
// with … 500 at time x and then … add 100 more at time x + y"; 000 §"Additional Guidelines": "On a
// single unit, you cannot add two separate licenses for the same feature together". The larger wins.
export function vpnOnlyNotAdditive(windows: readonly LicenseWindow[]): Issue[] {
  const issues: Issue[] = [];
  const byUnit = new Map<string, LicenseWindow[]>();
  for (const w of windows) {
    if (w.type !== 'vpn-only' || w.unit === null) continue;
    byUnit.set(w.unit, [...(byUnit.get(w.unit) ?? []), w]);
  }
  for (const [unit, list] of byUnit) {
    list.forEach((later, i) => {
      const first = list.slice(0, i).find((e) => covers(e, Math.max(e.startDay, later.startDay)) && covers(later, Math.max(e.startDay, later.startDay)));
      if (!first) return;
      const largest = Math.max(...list.map((w) => w.sessions ?? 0));
      issues.push({
        severity: 'warning',
        code: 'vpn-only-not-additive',
        message: `${later.path}: a second VPN Only license on ${unit} does not add to ${first.path} (${first.sessions ?? 0} + ${later.sessions ?? 0} is not ${(first.sessions ?? 0) + (later.sessions ?? 0)}); VPN Only licenses are not additive, cannot be combined or directly upgraded — ${unit} runs ${largest} sessions`,
        path: later.path,
        key: later.id,
        unit,
        day: Math.max(first.startDay, later.startDay),
        cite: `${LIMITS}; ${PERPETUAL}; ${s000('Additional Guidelines')}`,
      });
    });
  }
  return issues;
}

// §"Are there any additional limitations …?": "applied per individual ASA and there is no sharing of
// licenses between ASAs … when a new ASA is purchased additional licenses also need to be purchased".
export function headendsWithoutVpnOnly(windows: readonly LicenseWindow[], fleet: readonly FleetUnit[], plan: Plan): Issue[] {
  const vpnOnly = windows.filter((w) => w.type === 'vpn-only');
  const userBased = windows.some((w) => w.kind === 'term' || w.type === 'plus-perpetual' || w.type === 'apex-evaluation');
  if (vpnOnly.length === 0 || userBased) return [];
  return fleet
    .filter((u) => carriesSessions(u, plan) && !vpnOnly.some((w) => w.unit === u.id))
    .map((u) => ({
      severity: 'warning' as const,
      code: 'vpn-only-per-headend',
      message: `${u.id} carries sessions but has no VPN Only license of its own; VPN Only is not shared between ASAs (each headend${u.role === 'secondary' ? ' of an Active/Active pair' : ''} needs its own)`,
      unit: u.id,
      cite: `${LIMITS}; ${PER_HEADEND_001}`,
    }));
}

// A VPN Only license larger than the headend's AnyConnect maximum buys sessions the unit cannot run.
export function vpnOnlyAbovePlatform(windows: readonly LicenseWindow[], fleet: readonly FleetUnit[]): Issue[] {
  const byId = new Map(fleet.map((u) => [u.id, u]));
  return windows.flatMap((w) => {
    const unit = w.type === 'vpn-only' && w.unit !== null ? byId.get(w.unit) : undefined;
    if (!unit || unit.maxAnyConnectPeers === null || (w.sessions ?? 0) <= unit.maxAnyConnectPeers) return [];
    return [
      {
        severity: 'info' as const,
        code: 'vpn-only-above-platform',
        message: `${w.path}.sessions: ${w.sessions ?? 0} sessions on ${unit.id}, whose ${unit.model} runs at most ${unit.maxAnyConnectPeers} AnyConnect peers`,
        path: `${w.path}.sessions`,
        key: w.id,
        unit: unit.id,
        cite: `${s000('Licenses Per Model')}; ${s001('Licenses Per Model')}`,
      },
    ];
  });
}
