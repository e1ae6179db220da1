// 001 §"Firepower 1100 Series".
import { activeRequestsFailover, APPLIANCE_ENCRYPTION, hardwareEvaluation, hardwarePlr, noConfigChanges, UNIT_CONFIG_NOTE } from './common';
import { CITE } from './cites';
import { anyConnectUpTo, contextsUpTo, encryption, fixed, SCTP_NOTE, unsupported } from './rows';
import type { SmartModel } from './types';

const T = CITE.fpr1100Table;
const P = CITE.pids1100;

type Id = 'fpr-1120' | 'fpr-1140' | 'fpr-1150';

interface Cells {
  name: string;
  conns: number;
  tls: number;
  vpn: number;
  maxContexts: number;
}

const CELLS: Record<Id, Cells> = {
  'fpr-1120': { name: 'Firepower 1120', conns: 200_000, tls: 4000, vpn: 150, maxContexts: 5 },
  'fpr-1140': { name: 'Firepower 1140', conns: 400_000, tls: 8000, vpn: 400, maxContexts: 10 },
  'fpr-1150': { name: 'Firepower 1150', conns: 600_000, tls: 8000, vpn: 800, maxContexts: 25 },
};

function fpr1100(id: Id): SmartModel {
  const c = CELLS[id];
  return {
    id,
    name: c.name,
    family: 'Firepower 1000',
    familyId: 'fpr-1100',
    licensing: 'smart',
    features: {
      'botnet-traffic-filter': unsupported(T),
      'firewall-conns': fixed(c.conns, T),
      carrier: unsupported(T, SCTP_NOTE),
      'uc-proxy-sessions': fixed(c.tls, T),
      'anyconnect-peers': anyConnectUpTo(c.vpn, T),
      'other-vpn-peers': fixed(c.vpn, T),
      'total-vpn-peers': fixed(c.vpn, T),
      encryption: encryption(T),
      failover: fixed('active-active', CITE.failover1100, 'Active/Standby and Active/Active; the table has no Failover row.'),
      'security-contexts': contextsUpTo(2, c.maxContexts, T),
      clustering: unsupported(T),
      vlans: fixed(1024, T),
    },
    contexts: {
      included: 2,
      max: c.maxContexts,
      maxLicense: c.maxContexts - 2,
      packs: [
        { pid: 'L-FPR1K-ASASC-5=', contexts: 5 },
        { pid: 'L-FPR1K-ASASC-10=', contexts: 10 },
      ],
      cite: `${T}; ${CITE.configureHardware}`,
    },
    entitlements: ['standard', 'contexts', 'strong-encryption'],
    standardAlwaysOn: false,
    evaluation: hardwareEvaluation('Firepower 1000'),
    plr: hardwarePlr('Standard tier; maximum Security Contexts (Firepower 1100)', CITE.plrFpr1000),
    strongEncryption: APPLIANCE_ENCRYPTION,
    failover: activeRequestsFailover('Firepower 1100', CITE.failover1100),
    cluster: null,
    outOfCompliance: noConfigChanges('Firepower 1000'),
    pids: {
      standard: { pid: 'L-FPR1000-ASA=', description: 'Firepower 1000 Standard license (free, but add it to your Smart Account)', cite: P },
      strongEncryption: { pid: 'L-FPR1K-ENC-K9=', description: 'Firepower 1000 Strong Encryption (3DES/AES) license (only if the account is not authorized for strong encryption)', cite: P },
      plr: { pid: 'L-FPR1K-ASA-BPU=', description: 'Firepower 1000 permanent license reservation (all features)', cite: P },
    },
    notes: [UNIT_CONFIG_NOTE],
    cite: T,
  };
}

export const fpr1120 = fpr1100('fpr-1120');
export const fpr1140 = fpr1100('fpr-1140');
export const fpr1150 = fpr1100('fpr-1150');
