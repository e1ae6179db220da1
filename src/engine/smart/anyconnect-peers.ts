// 001 §"AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses": these licenses are not
// applied to the ASA; buying them gives the right to use it as headend (Plus/Apex pooled across the
// Smart Account, VPN Only per headend). The tables: "Unlicensed — Optional … license, Maximum: N".
import { CITE } from '../catalog/smart/cites';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import { asavSessions } from './asav-session-limits';
import { type Grant, smart } from './provenance';

const POOLED = new Set(['plus', 'apex', 'plus-perpetual', 'apex-evaluation']);

/** Secure Client license ids that give this unit the right to terminate AnyConnect. */
export function anyconnectRights(plan: Plan, unit: SmartUnit): string[] {
  const licenses = plan.secureClient?.licenses ?? [];
  return licenses.filter((l) => POOLED.has(l.type) || (l.type === 'vpn-only' && (l.unit === undefined || l.unit === unit.id))).map((l) => l.id);
}

export function anyconnectPeersProvenance(model: SmartModel, unit: SmartUnit, plan: Plan, grant: Grant): Provenance {
  const table = model.features['anyconnect-peers'];
  const cite = `${table?.cite ?? model.cite}; ${CITE.anyconnect}`;
  if (grant === 'unlicensed' || grant === 'default') return smart(0, 'Unlicensed: VPN needs Strong Encryption, which needs registration', cite);
  let max = table?.upTo ?? 0;
  let cap: { uncapped: number; limit: number } | undefined;
  let basis = `the ${model.name} maximum of ${max}`;
  if (model.asav !== undefined) {
    const s = asavSessions(unit);
    if (s === undefined) return smart(0, 'No throughput entitlement', cite);
    max = s.effective.anyconnectPeers;
    basis = `the ${s.effective.level} entitlement's ${max} peers`;
    if (s.effective.anyconnectPeers < s.requested.anyconnectPeers) cap = { uncapped: s.requested.anyconnectPeers, limit: max };
  }
  const rights = anyconnectRights(plan, unit);
  if (rights.length === 0) return smart(0, `Unlicensed: buy AnyConnect Plus, Apex or VPN Only licenses to use up to ${basis}`, cite);
  return smart(
    max,
    `AnyConnect Client licenses (${rights.join(', ')}) give the right to use the ASA as headend: up to ${basis}${grant === 'plr' ? ' (PLR enables it to the platform maximum, contingent on that purchase)' : ''}`,
    cite,
    rights,
    cap,
  );
}
