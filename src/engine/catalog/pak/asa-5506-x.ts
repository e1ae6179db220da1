import type { TierFeatures } from '../types';
import { anyConnectUpTo, botnetDisplayNote, encryption, fixed, section, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ASA 5506-X and ASA 5506W-X License Features');

const base: TierFeatures = {
  'botnet-traffic-filter': unsupported(T),
  'firewall-conns': fixed(20_000, T),
  'gtp-gprs': unsupported(T),
  'uc-proxy-sessions': fixed(160, T),
  'anyconnect-peers': anyConnectUpTo(50, T),
  'other-vpn-peers': fixed(10, T),
  'total-vpn-peers': fixed(50, T),
  'vpn-load-balancing': unsupported(T),
  encryption: encryption(T),
  failover: unsupported(T),
  'security-contexts': unsupported(T),
  clustering: unsupported(T),
  'ips-module': unsupported(T),
  vlans: fixed(5, T),
};

const securityPlus: TierFeatures = {
  ...base,
  'botnet-traffic-filter': unsupported(T, 'The licensing information might show Enabled; ignore the display, the license is not supported.'),
  'firewall-conns': fixed(50_000, T),
  'other-vpn-peers': fixed(50, T),
  failover: fixed('active-standby', T),
  vlans: fixed(30, T),
};

const common = {
  family: 'ASA 5506-X',
  table: 'ASA 5506-X and ASA 5506W-X License Features',
  tiers: { base, 'security-plus': securityPlus },
  timeBasedKeys: false,
  sharedLicenses: false,
  notes: [botnetDisplayNote(T)],
};

export const asa5506x = pakModel({ id: 'asa-5506-x', name: 'ASA 5506-X', ...common });
export const asa5506wx = pakModel({ id: 'asa-5506w-x', name: 'ASA 5506W-X', ...common });
