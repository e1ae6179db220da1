import { anyConnectUpTo, encryption, fixed, optional, phoneProxyNote, section, tiers, timeBasedOnly, UC_OPTIONS_10000, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ASASM License Features');

export const asasm = pakModel({
  id: 'asasm',
  name: 'ASA Services Module (ASASM)',
  family: 'ASASM',
  table: 'ASASM License Features',
  notes: [phoneProxyNote(T)],
  tiers: {
    base: {
      'botnet-traffic-filter': timeBasedOnly(T),
      'firewall-conns': fixed(10_000_000, T),
      'gtp-gprs': optional(T),
      'uc-proxy-sessions': tiers(2, UC_OPTIONS_10000, T),
      'anyconnect-peers': anyConnectUpTo(10_000, T),
      'other-vpn-peers': fixed(10_000, T),
      'total-vpn-peers': fixed(10_000, T),
      'vpn-load-balancing': fixed(true, T),
      encryption: encryption(T),
      failover: fixed('active-active', T),
      'security-contexts': tiers(2, [5, 10, 20, 50, 100, 250], T),
      clustering: unsupported(T),
      'ips-module': unsupported(T),
      vlans: fixed(1000, T),
    },
  },
});
