import { anyConnectUpTo, botnetDisplayNote, encryption, fixed, section, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ASA 5506H-X License Features');

export const asa5506hx = pakModel({
  id: 'asa-5506h-x',
  name: 'ASA 5506H-X',
  family: 'ASA 5506-X',
  table: 'ASA 5506H-X License Features',
  // 000 §"Model Guidelines" names the 5506-X; the H-X is the same platform, so shared licensing is off too.
  sharedLicenses: false,
  notes: [botnetDisplayNote(T)],
  tiers: {
    base: {
      'botnet-traffic-filter': unsupported(T),
      'firewall-conns': fixed(50_000, T),
      'gtp-gprs': unsupported(T),
      'uc-proxy-sessions': fixed(160, T),
      'anyconnect-peers': anyConnectUpTo(50, T),
      'total-vpn-peers': fixed(50, T),
      'other-vpn-peers': fixed(50, T),
      'vpn-load-balancing': fixed(true, T),
      encryption: encryption(T),
      failover: fixed('active-active', T),
      'security-contexts': unsupported(T),
      clustering: unsupported(T),
      'ips-module': unsupported(T),
      vlans: fixed(30, T),
    },
  },
});
