// 001 §"Firepower 2100 Series".
import { activeRequestsFailover, APPLIANCE_ENCRYPTION, hardwareEvaluation, hardwarePlr, noConfigChanges, UNIT_CONFIG_NOTE } from './common';
import { CITE } from './cites';
import { anyConnectUpTo, contextsUpTo, encryption, fixed, SCTP_NOTE, unsupported } from './rows';
import type { SmartModel } from './types';

const T = CITE.fpr2100Table;
const P = CITE.pids2100;

type Id = 'fpr-2110' | 'fpr-2120' | 'fpr-2130' | 'fpr-2140';

interface Cells {
  name: string;
  conns: number;
  tls: number;
  vpn: number;
  maxContexts: number;
}

const CELLS: Record<Id, Cells> = {
  'fpr-2110': { name: 'Firepower 2110', conns: 1_000_000, tls: 4000, vpn: 1500, maxContexts: 25 },
  'fpr-2120': { name: 'Firepower 2120', conns: 1_500_000, tls: 8000, vpn: 3500, maxContexts: 25 },
  'fpr-2130': { name: 'Firepower 2130', conns: 2_000_000, tls: 8000, vpn: 7500, maxContexts: 30 },
  'fpr-2140': { name: 'Firepower 2140', conns: 3_000_000, tls: 10_000, vpn: 10_000, maxContexts: 40 },
};

function fpr2100(id: Id): SmartModel {
  const c = CELLS[id];
  return {
    id,
    name: c.name,
    family: 'Firepower 2100',
    familyId: 'fpr-2100',
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
      failover: fixed('active-active', CITE.failover2100, 'Active/Standby and Active/Active; the table has no Failover row.'),
      'security-contexts': contextsUpTo(2, c.maxContexts, T),
      clustering: unsupported(T),
      vlans: fixed(1024, T),
    },
    contexts: {
      included: 2,
      max: c.maxContexts,
      maxLicense: c.maxContexts - 2,
      packs: [
        { pid: 'L-FPR2K-ASASC-5=', contexts: 5 },
        { pid: 'L-FPR2K-ASASC-10=', contexts: 10 },
      ],
      cite: `${T}; ${CITE.configureHardware}`,
    },
    entitlements: ['standard', 'contexts', 'strong-encryption'],
    standardAlwaysOn: false,
    evaluation: hardwareEvaluation('Firepower 2100'),
    plr: hardwarePlr('Standard tier; maximum Security Contexts', CITE.plrFpr2100),
    strongEncryption: APPLIANCE_ENCRYPTION,
    failover: activeRequestsFailover('Firepower 2100', CITE.failover2100),
    cluster: null,
    outOfCompliance: noConfigChanges('Firepower 2100'),
    pids: {
      standard: { pid: 'L-FPR2100-ASA=', description: 'Firepower 2100 Standard license (free, but add it to your Smart Account)', cite: P },
      strongEncryption: { pid: 'L-FPR2K-ENC-K9=', description: 'Firepower 2100 Strong Encryption (3DES/AES) license (only if the account is not authorized for strong encryption)', cite: P },
      plr: { pid: 'L-FPR2K-ASA-BPU=', description: 'Firepower 2100 permanent license reservation (all features)', cite: P },
    },
    notes: [
      UNIT_CONFIG_NOTE,
      {
        id: 'platform-mode-encryption',
        text: 'In Platform mode, ASDM is only reachable on management-only interfaces before registration and through-the-box strong encryption (such as VPN) is not allowed until the Strong Encryption license is obtained; in Appliance mode 3DES is available for management and other strong-encryption features need the license. The plan format does not record the mode.',
        cite: `${CITE.encFpr2100Platform}; ${CITE.encAppliance}`,
      },
      ...(id === 'fpr-2130'
        ? [
            {
              id: 'failover-example-25',
              text: '001\'s Firepower 2130 failover example says "you might only configure the active Context license to be 25 contexts" to reach the 30-context limit with 2 + 2 defaults; the arithmetic (30 − 4) gives 26.',
              cite: CITE.failover2100,
            },
          ]
        : []),
    ],
    cite: T,
  };
}

export const fpr2110 = fpr2100('fpr-2110');
export const fpr2120 = fpr2100('fpr-2120');
export const fpr2130 = fpr2100('fpr-2130');
export const fpr2140 = fpr2100('fpr-2140');
