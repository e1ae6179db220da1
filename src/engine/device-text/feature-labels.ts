// The labels the ASA prints in "Licensed features for this platform:" (8.x and 9.x), each mapped
// to a feature id of the plan format or knowingly left out with the reason.
import type { Cite, FeatureId } from '../types';

export type LabelRule =
  | { kind: 'feature'; feature: FeatureId; cite: Cite }
  /** "Encryption-DES" / "VPN-DES": always Enabled except on No Payload Encryption hardware. */
  | { kind: 'des'; cite: Cite }
  /** "Encryption-3DES-AES" / "VPN-3DES-AES": the Strong Encryption license. */
  | { kind: 'strong-encryption'; cite: Cite }
  /** "Carrier": GTP/GPRS on PAK models, the Carrier entitlement on Smart models. */
  | { kind: 'carrier'; cite: Cite }
  | { kind: 'cluster'; cite: Cite }
  | { kind: 'cluster-members'; cite: Cite }
  /** The shared licensing server's pool, printed under "Shared License". */
  | { kind: 'shared-peers'; cite: Cite }
  | { kind: 'ignored'; reason: string };

const TABLES = '000 §"Licenses Per Model"';
const HISTORY = '000 §"History for PAK Licenses"';

const feature = (f: FeatureId, cite: Cite = TABLES): LabelRule => ({ kind: 'feature', feature: f, cite });
const ignored = (reason: string): LabelRule => ({ kind: 'ignored', reason });

/** Labels compared lower-case with single spaces and no leading "*". */
const RULES: Readonly<Record<string, LabelRule>> = {
  'maximum vlans': feature('vlans'),
  vlans: feature('vlans'),
  failover: feature('failover'),
  // 000 §"Licenses Per Model": "Encryption — Base (DES), Opt. lic.: Strong (3DES/AES)"; 8.x printed VPN-DES / VPN-3DES-AES.
  'vpn-des': { kind: 'des', cite: TABLES },
  'encryption-des': { kind: 'des', cite: TABLES },
  'vpn-3des-aes': { kind: 'strong-encryption', cite: TABLES },
  'encryption-3des-aes': { kind: 'strong-encryption', cite: TABLES },
  'security contexts': feature('security-contexts'),
  'gtp/gprs': feature('gtp-gprs'),
  // 001 §"History for Smart Software Licensing": "The new Carrier license replaces the existing GTP/GPRS license" in 9.5(2).
  carrier: { kind: 'carrier', cite: '001 §"History for Smart Software Licensing" (New Carrier license, 9.5(2))' },
  // 000 §"History for PAK Licenses": "SSL VPN Peers" became "AnyConnect Premium Peers" in 8.4(1).
  'anyconnect premium peers': feature('anyconnect-peers', HISTORY),
  'ssl vpn peers': feature('anyconnect-peers', HISTORY),
  'webvpn peers': feature('anyconnect-peers', HISTORY),
  'anyconnect essentials': feature('anyconnect-essentials', '000 §"Additional Guidelines"'),
  // 000 §"History for PAK Licenses" (8.4(1)): "the Other VPN license (formerly IPsec VPN)"; 8.2 printed "VPN Peers".
  'other vpn peers': feature('other-vpn-peers'),
  'vpn peers': feature('other-vpn-peers', HISTORY),
  'ipsec vpn peers': feature('other-vpn-peers', HISTORY),
  'total vpn peers': feature('total-vpn-peers'),
  'shared license': feature('shared-license', '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"'),
  'shared anyconnect premium peers': { kind: 'shared-peers', cite: '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"' },
  'shared ssl vpn peers': { kind: 'shared-peers', cite: HISTORY },
  // 000 §"Total UC Proxy Sessions" counts TLS proxy sessions; 9.x prints "Total TLS Proxy Sessions".
  'total uc proxy sessions': feature('uc-proxy-sessions', '000 §"Total UC Proxy Sessions"'),
  'total tls proxy sessions': feature('uc-proxy-sessions', '000 §"Total UC Proxy Sessions"'),
  'uc proxy sessions': feature('uc-proxy-sessions', '000 §"Total UC Proxy Sessions"'),
  'botnet traffic filter': feature('botnet-traffic-filter', '000 §"How Permanent and Time-Based Licenses Combine"'),
  cluster: { kind: 'cluster', cite: TABLES },
  'cluster members': { kind: 'cluster-members', cite: TABLES },
  'vpn load balancing': feature('vpn-load-balancing'),
  'ips module': feature('ips-module', '000 §"IPS Module License"'),
  // 000 §"History for PAK Licenses" (8.2(3), 8.2(4)): the 10 GE I/O license of the ASA 5585-X SSP-10 and -20.
  '10ge i/o': feature('ten-ge-io', HISTORY),
  '10 ge i/o': feature('ten-ge-io', HISTORY),

  'maximum physical interfaces': ignored('interface limits are not licenses in the 9.x tables (000 §"Licenses Per Model"), so the plan has no field for them'),
  'inside hosts': ignored('the host limit applies only to the ASA 5505, which is not in the catalog'),
  'dual isps': ignored('ASA 5505 only; not in the catalog'),
  'vlan trunk ports': ignored('ASA 5505 only; not in the catalog'),
  'anyconnect for mobile': ignored('a legacy license (000 §"History for PAK Licenses", 8.0(3)) the plan format does not model'),
  'anyconnect for cisco vpn phone': ignored('a legacy license the plan format does not model'),
  'anyconnect for linksys phone': ignored('a legacy license (the old name of AnyConnect for Cisco VPN Phone) the plan format does not model'),
  'advanced endpoint assessment': ignored('a legacy license (000 §"History for PAK Licenses", 8.0(2)) the plan format does not model'),
  'uc phone proxy sessions': ignored('a part of "Total UC Proxy Sessions", which the plan records'),
  'intercompany media engine': ignored('the IME license (000 §"History for PAK Licenses", 8.3(1)) is not in the plan format'),
};

export function normalizeLabel(label: string): string {
  return label.replace(/^\*+/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function labelRule(label: string): LabelRule | undefined {
  const key = normalizeLabel(label);
  return Object.hasOwn(RULES, key) ? RULES[key] : undefined;
}
