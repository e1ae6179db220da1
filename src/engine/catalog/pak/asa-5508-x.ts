import { anyConnectUpTo, botnetDisplayNote, encryption, fixed, section, tiers, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ASA 5508-X License Features');

export const asa5508x = pakModel({
  id: 'asa-5508-x',
  name: 'ASA 5508-X',
  family: 'ASA 5500-X',
  table: 'ASA 5508-X License Features',
  sharedLicenses: false,
  notes: [botnetDisplayNote(T)],
  tiers: {
    base: {
      'botnet-traffic-filter': unsupported(T),
      'firewall-conns': fixed(100_000, T),
      'gtp-gprs': unsupported(T),
      'uc-proxy-sessions': fixed(320, T),
      'anyconnect-peers': anyConnectUpTo(100, T),
      'total-vpn-peers': fixed(100, T),
      'other-vpn-peers': fixed(100, T),
      'vpn-load-balancing': fixed(true, T),
      encryption: encryption(T),
      failover: fixed('active-active', T),
      'security-contexts': tiers(2, [5], T),
      clustering: unsupported(T),
      'ips-module': unsupported(T),
      vlans: fixed(50, T),
    },
  },
});
