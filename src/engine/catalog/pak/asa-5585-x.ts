// ASA 5585-X with SSP-10, -20, -40 and -60 (000 §"Licenses Per Model").
import type { PakModelId } from '../../types';
import type { CatalogNote, TierFeatures } from '../types';
import { anyConnectUpTo, dualSspNote, encryption, fixed, optional, phoneProxyNote, section, tiers, timeBasedOnly, UC_OPTIONS_10000, UC_OPTIONS_3000, unsupported } from './rows';
import { pakModel } from './model';

interface SspRow {
  id: PakModelId;
  ssp: string;
  table: string;
  conns: number;
  uc: readonly number[];
  peers: number;
  contexts: readonly number[];
  /** SSP-10 and -20: Base runs fiber at 1 GE, Security Plus at 10 GE; SSP-40 and -60: always 10 GE. */
  tenGeBySecurityPlus: boolean;
}

function ssp(row: SspRow) {
  const T = section(row.table);
  const base: TierFeatures = {
    'botnet-traffic-filter': timeBasedOnly(T),
    'firewall-conns': fixed(row.conns, T),
    'gtp-gprs': optional(T),
    'uc-proxy-sessions': tiers(2, row.uc, T),
    'anyconnect-peers': anyConnectUpTo(row.peers, T),
    'other-vpn-peers': fixed(row.peers, T),
    'total-vpn-peers': fixed(row.peers, T),
    'vpn-load-balancing': fixed(true, T),
    'ten-ge-io': fixed(!row.tenGeBySecurityPlus, T, row.tenGeBySecurityPlus ? 'Base License: fiber interfaces run at 1 GE' : 'Fiber interfaces run at 10 GE'),
    encryption: encryption(T),
    failover: fixed('active-active', T),
    'security-contexts': tiers(2, row.contexts, T),
    // "Disabled — Optional license: Available for 16 units".
    clustering: { default: false, options: [16], cite: T },
    'ips-module': unsupported(T),
    vlans: fixed(1024, T),
  };
  const notes: CatalogNote[] = [dualSspNote(T)];
  if (row.uc.includes(10_000)) notes.push(phoneProxyNote(T));
  return pakModel({
    id: row.id,
    name: `ASA 5585-X with ${row.ssp}`,
    family: 'ASA 5585-X',
    table: row.table,
    notes,
    tiers: row.tenGeBySecurityPlus ? { base, 'security-plus': { ...base, 'ten-ge-io': fixed(true, T, 'Security Plus License: fiber interfaces run at 10 GE') } } : { base },
  });
}

export const asa5585xSsp10 = ssp({
  id: 'asa-5585-x-ssp-10',
  ssp: 'SSP-10',
  table: 'ASA 5585-X with SSP-10 License Features',
  conns: 1_000_000,
  uc: UC_OPTIONS_3000,
  peers: 5000,
  contexts: [5, 10, 20, 50, 100],
  tenGeBySecurityPlus: true,
});
export const asa5585xSsp20 = ssp({
  id: 'asa-5585-x-ssp-20',
  ssp: 'SSP-20',
  table: 'ASA 5585-X with SSP-20 License Features',
  conns: 2_000_000,
  uc: UC_OPTIONS_10000,
  peers: 10_000,
  contexts: [5, 10, 20, 50, 100, 250],
  tenGeBySecurityPlus: true,
});
export const asa5585xSsp40 = ssp({
  id: 'asa-5585-x-ssp-40',
  ssp: 'SSP-40',
  table: 'ASA 5585-X with SSP-40 and -60 License Features',
  conns: 4_000_000,
  uc: UC_OPTIONS_10000,
  peers: 10_000,
  contexts: [5, 10, 20, 50, 100, 250],
  tenGeBySecurityPlus: false,
});
export const asa5585xSsp60 = ssp({
  id: 'asa-5585-x-ssp-60',
  ssp: 'SSP-60',
  table: 'ASA 5585-X with SSP-40 and -60 License Features',
  conns: 10_000_000,
  uc: UC_OPTIONS_10000,
  peers: 10_000,
  contexts: [5, 10, 20, 50, 100, 250],
  tenGeBySecurityPlus: false,
});
