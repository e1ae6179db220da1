import type { Cite, FeatureId } from '../types';

/** How an active time-based key combines with the permanent license of the same unit. */
export type TimeBasedCombination =
  /** 000 §"How Permanent and Time-Based Licenses Combine": AnyConnect Premium and "All Others". */
  | 'higher'
  /** UC proxy sessions and security contexts: added, up to the platform limit. */
  | 'add-up-to-limit'
  /** Botnet Traffic Filter: no permanent license exists; the time-based license is used. */
  | 'time-based-only'
  /** Not licensable by a time-based key (a fixed property of the model and tier). */
  | 'not-time-based';

/** How the licenses of failover or cluster units combine (000 §"How Failover or ASA Cluster Licenses Combine"). */
export type UnitCombination = 'sum-up-to-limit' | 'higher';

export type ValueKind = 'number' | 'toggle' | 'choice';

export interface FeatureDefinition {
  readonly id: FeatureId;
  readonly label: string;
  readonly kind: ValueKind;
  /** For `choice`: the values from weakest to strongest. */
  readonly ranking?: readonly (string | boolean)[];
  readonly timeBased: TimeBasedCombination;
  readonly units: UnitCombination;
  readonly cite: Cite;
}

const COMBINE = '000 §"How Permanent and Time-Based Licenses Combine"';
const TABLE = '000 §"Licenses Per Model"';

export const FEATURES: Readonly<Record<FeatureId, FeatureDefinition>> = {
  'firewall-conns': { id: 'firewall-conns', label: 'Firewall Conns, Concurrent', kind: 'number', timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  vlans: { id: 'vlans', label: 'VLANs, Maximum', kind: 'number', timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  'botnet-traffic-filter': { id: 'botnet-traffic-filter', label: 'Botnet Traffic Filter', kind: 'toggle', timeBased: 'time-based-only', units: 'higher', cite: COMBINE },
  'gtp-gprs': { id: 'gtp-gprs', label: 'GTP/GPRS', kind: 'toggle', timeBased: 'higher', units: 'higher', cite: COMBINE },
  carrier: { id: 'carrier', label: 'Carrier', kind: 'toggle', timeBased: 'not-time-based', units: 'higher', cite: '001 §"Carrier License"' },
  'uc-proxy-sessions': { id: 'uc-proxy-sessions', label: 'Total UC Proxy Sessions', kind: 'number', timeBased: 'add-up-to-limit', units: 'sum-up-to-limit', cite: COMBINE },
  'anyconnect-peers': { id: 'anyconnect-peers', label: 'AnyConnect Premium Peers', kind: 'number', timeBased: 'higher', units: 'sum-up-to-limit', cite: COMBINE },
  'other-vpn-peers': { id: 'other-vpn-peers', label: 'Other VPN Peers', kind: 'number', timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  'total-vpn-peers': { id: 'total-vpn-peers', label: 'Total VPN Peers, combined all types', kind: 'number', timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  'vpn-load-balancing': { id: 'vpn-load-balancing', label: 'VPN Load Balancing', kind: 'toggle', timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  encryption: { id: 'encryption', label: 'Encryption', kind: 'choice', ranking: ['des', '3des-aes'], timeBased: 'higher', units: 'higher', cite: COMBINE },
  failover: { id: 'failover', label: 'Failover', kind: 'choice', ranking: ['unsupported', 'active-standby', 'active-active'], timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  'security-contexts': { id: 'security-contexts', label: 'Security Contexts', kind: 'number', timeBased: 'add-up-to-limit', units: 'sum-up-to-limit', cite: COMBINE },
  clustering: { id: 'clustering', label: 'Clustering', kind: 'number', timeBased: 'higher', units: 'higher', cite: TABLE },
  'ips-module': { id: 'ips-module', label: 'IPS Module', kind: 'toggle', timeBased: 'higher', units: 'higher', cite: TABLE },
  'ten-ge-io': { id: 'ten-ge-io', label: '10 GE I/O', kind: 'toggle', timeBased: 'not-time-based', units: 'higher', cite: TABLE },
  throughput: { id: 'throughput', label: 'Throughput level', kind: 'choice', ranking: ['100M', '1G', '2G', '10G', '20G'], timeBased: 'not-time-based', units: 'higher', cite: '001 §"ASA Virtual"' },
  'anyconnect-essentials': { id: 'anyconnect-essentials', label: 'AnyConnect Essentials', kind: 'toggle', timeBased: 'higher', units: 'higher', cite: '000 §"Additional Guidelines"' },
  'shared-license': {
    id: 'shared-license',
    label: 'Shared AnyConnect Premium',
    kind: 'choice',
    ranking: [false, 'participant', 'server'],
    timeBased: 'higher',
    units: 'higher',
    cite: '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"',
  },
};

export const featureLabel = (id: FeatureId): string => FEATURES[id].label;
