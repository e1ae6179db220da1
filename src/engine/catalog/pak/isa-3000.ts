import type { TierFeatures } from '../types';
import { anyConnectUpTo, encryption, fixed, section, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ISA 3000 License Features');

const base: TierFeatures = {
  'botnet-traffic-filter': unsupported(T),
  'firewall-conns': fixed(20_000, T),
  'gtp-gprs': unsupported(T),
  'uc-proxy-sessions': fixed(160, T),
  'anyconnect-peers': anyConnectUpTo(25, T),
  'other-vpn-peers': fixed(10, T),
  'total-vpn-peers': fixed(25, T),
  'vpn-load-balancing': unsupported(T),
  encryption: encryption(T),
  failover: unsupported(T),
  'security-contexts': unsupported(T),
  clustering: unsupported(T),
  'ips-module': unsupported(T),
  vlans: fixed(5, T),
};

export const isa3000 = pakModel({
  id: 'isa-3000',
  name: 'ISA 3000',
  family: 'ISA 3000',
  table: 'ISA 3000 License Features',
  tiers: {
    base,
    'security-plus': {
      ...base,
      'firewall-conns': fixed(50_000, T),
      'other-vpn-peers': fixed(50, T),
      'total-vpn-peers': fixed(50, T),
      failover: fixed('active-standby', T),
      vlans: fixed(25, T),
    },
  },
});
