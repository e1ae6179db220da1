import type { TierFeatures } from '../types';
import { anyConnectUpTo, encryption, fixed, optional, section, tiers, timeBasedOnly, UC_OPTIONS_500, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ASA 5512-X License Features');

const base: TierFeatures = {
  'botnet-traffic-filter': timeBasedOnly(T),
  'firewall-conns': fixed(100_000, T),
  'gtp-gprs': unsupported(T),
  'uc-proxy-sessions': tiers(2, UC_OPTIONS_500, T),
  'anyconnect-peers': anyConnectUpTo(250, T),
  'other-vpn-peers': fixed(250, T),
  'total-vpn-peers': fixed(250, T),
  'vpn-load-balancing': unsupported(T),
  encryption: encryption(T),
  failover: unsupported(T),
  'security-contexts': unsupported(T),
  clustering: unsupported(T),
  'ips-module': optional(T),
  vlans: fixed(50, T),
};

// The Security Plus UC row is cut short in the source table (24…250); the Base row lists 500,
// and the platform limit does not change with the tier, so both tiers offer up to 500.
const securityPlus: TierFeatures = {
  ...base,
  'firewall-conns': fixed(250_000, T),
  'vpn-load-balancing': fixed(true, T),
  failover: fixed('active-active', T),
  'security-contexts': tiers(2, [5], T),
  clustering: fixed(2, T),
  vlans: fixed(100, T),
};

export const asa5512x = pakModel({
  id: 'asa-5512-x',
  name: 'ASA 5512-X',
  family: 'ASA 5500-X',
  table: 'ASA 5512-X License Features',
  tiers: { base, 'security-plus': securityPlus },
});
