import { anyConnectUpTo, botnetDisplayNote, encryption, fixed, section, tiers, unsupported } from './rows';
import { pakModel } from './model';

const T = section('ASA 5516-X License Features');

export const asa5516x = pakModel({
  id: 'asa-5516-x',
  name: 'ASA 5516-X',
  family: 'ASA 5500-X',
  table: 'ASA 5516-X License Features',
  sharedLicenses: false,
  notes: [
    botnetDisplayNote(T),
    {
      id: '5516-clustering',
      text: 'The 5516-X table says Clustering: No Support, but 000 §"How Failover or ASA Cluster Licenses Combine" gives examples that cluster two and four ASA 5516-X units (and 9.9 devices run 2-unit 5516-X clusters). Clustering is modelled as unsupported with a warning, not an error.',
      cite: '000 §"ASA 5516-X License Features"; 000 §"How Failover or ASA Cluster Licenses Combine"',
    },
  ],
  tiers: {
    base: {
      'botnet-traffic-filter': unsupported(T),
      'firewall-conns': fixed(250_000, T),
      'gtp-gprs': unsupported(T),
      'uc-proxy-sessions': fixed(1000, T),
      'anyconnect-peers': anyConnectUpTo(300, T),
      'other-vpn-peers': fixed(300, T),
      'total-vpn-peers': fixed(300, T),
      'vpn-load-balancing': fixed(true, T),
      encryption: encryption(T),
      failover: fixed('active-active', T),
      'security-contexts': tiers(2, [5], T),
      clustering: unsupported(T),
      'ips-module': unsupported(T),
      vlans: fixed(150, T),
    },
  },
});
