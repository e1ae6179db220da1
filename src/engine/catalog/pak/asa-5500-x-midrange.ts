// The single-tier ASA 5500-X tables: 5515-X, 5525-X, 5545-X, 5555-X (000 §"Licenses Per Model").
import type { PakModelId } from '../../types';
import type { FeatureSpec } from '../types';
import { anyConnectUpTo, encryption, fixed, optional, section, tiers, timeBasedOnly, UC_OPTIONS_1000, UC_OPTIONS_2000, UC_OPTIONS_3000, UC_OPTIONS_500, unsupported } from './rows';
import { pakModel } from './model';

interface MidrangeRow {
  id: PakModelId;
  name: string;
  conns: number;
  gtp: 'optional' | 'unsupported';
  uc: readonly number[];
  peers: number;
  contexts: readonly number[];
  vlans: number;
}

function midrange(row: MidrangeRow) {
  const table = `${row.name} License Features`;
  const T = section(table);
  const gtp: FeatureSpec = row.gtp === 'optional' ? optional(T) : unsupported(T);
  return pakModel({
    id: row.id,
    name: row.name,
    family: 'ASA 5500-X',
    table,
    tiers: {
      base: {
        'botnet-traffic-filter': timeBasedOnly(T),
        'firewall-conns': fixed(row.conns, T),
        'gtp-gprs': gtp,
        'uc-proxy-sessions': tiers(2, row.uc, T),
        'anyconnect-peers': anyConnectUpTo(row.peers, T),
        'other-vpn-peers': fixed(row.peers, T),
        'total-vpn-peers': fixed(row.peers, T),
        'vpn-load-balancing': fixed(true, T),
        encryption: encryption(T),
        failover: fixed('active-active', T),
        'security-contexts': tiers(2, row.contexts, T),
        clustering: fixed(2, T),
        'ips-module': optional(T),
        vlans: fixed(row.vlans, T),
      },
    },
  });
}

export const asa5515x = midrange({ id: 'asa-5515-x', name: 'ASA 5515-X', conns: 250_000, gtp: 'unsupported', uc: UC_OPTIONS_500, peers: 250, contexts: [5], vlans: 100 });
export const asa5525x = midrange({ id: 'asa-5525-x', name: 'ASA 5525-X', conns: 500_000, gtp: 'optional', uc: UC_OPTIONS_1000, peers: 750, contexts: [5, 10, 20], vlans: 200 });
export const asa5545x = midrange({ id: 'asa-5545-x', name: 'ASA 5545-X', conns: 750_000, gtp: 'optional', uc: UC_OPTIONS_2000, peers: 2500, contexts: [5, 10, 20, 50], vlans: 300 });
export const asa5555x = midrange({ id: 'asa-5555-x', name: 'ASA 5555-X', conns: 1_000_000, gtp: 'optional', uc: UC_OPTIONS_3000, peers: 5000, contexts: [5, 10, 20, 50, 100], vlans: 500 });
