// 001 §"Secure Firewall 3100 Series".
import { APPLIANCE_ENCRYPTION, FAILOVER_GRACE_DAYS, hardwareEvaluation, hardwarePlr, UNIT_CONFIG_NOTE } from './common';
import { CITE } from './cites';
import { anyConnectUpTo, contextsUpTo, encryption, fixed, SCTP_NOTE, unsupported } from './rows';
import type { SmartModel } from './types';

const T = CITE.fpr3100Table;
const P = CITE.pids3100;

type Id = 'fpr-3110' | 'fpr-3120' | 'fpr-3130' | 'fpr-3140';

interface Cells {
  name: string;
  conns: number;
  tls: number;
  vpn: number;
  standardPid: string;
}

const CELLS: Record<Id, Cells> = {
  'fpr-3110': { name: 'Secure Firewall 3110', conns: 2_000_000, tls: 10_000, vpn: 3000, standardPid: 'L-FPR3110-BSE=' },
  'fpr-3120': { name: 'Secure Firewall 3120', conns: 4_000_000, tls: 15_000, vpn: 7000, standardPid: 'L-FPR3120-BSE=' },
  'fpr-3130': { name: 'Secure Firewall 3130', conns: 6_000_000, tls: 15_000, vpn: 15_000, standardPid: 'L-FPR3130-BSE=' },
  'fpr-3140': { name: 'Secure Firewall 3140', conns: 10_000_000, tls: 15_000, vpn: 20_000, standardPid: 'L-FPR3140-BSE=' },
};

function fpr3100(id: Id): SmartModel {
  const c = CELLS[id];
  return {
    id,
    name: c.name,
    family: 'Secure Firewall 3100',
    familyId: 'fpr-3100',
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
      failover: fixed('active-active', CITE.failover3100, 'Active/Standby and Active/Active; the table has no Failover row.'),
      'security-contexts': contextsUpTo(2, 100, T),
      clustering: fixed(true, T),
      vlans: fixed(1024, T),
    },
    contexts: {
      included: 2,
      max: 100,
      maxLicense: 98,
      packs: [
        { pid: 'L-FPR3K-ASASC-5=', contexts: 5 },
        { pid: 'L-FPR3K-ASASC-10=', contexts: 10 },
      ],
      cite: `${T}; ${CITE.configureHardware}`,
    },
    entitlements: ['standard', 'contexts', 'strong-encryption'],
    standardAlwaysOn: true,
    evaluation: hardwareEvaluation('Secure Firewall 3100'),
    plr: hardwarePlr('Standard tier; maximum Security Contexts', CITE.plrFpr3100),
    strongEncryption: APPLIANCE_ENCRYPTION,
    failover: {
      modes: ['active-standby', 'active-active'],
      requires: ['standard'],
      registration: 'each-unit',
      requests: { standard: 'each-unit', contexts: 'primary', 'strong-encryption': 'primary' },
      graceDays: FAILOVER_GRACE_DAYS,
      renewalRequestInterval: '35 seconds',
      text: 'Each unit requires the Standard license (enabled by default) and the same encryption license; license each unit before enabling failover. Each unit requests a Standard license; only the active unit requests the Context and Strong Encryption licenses.',
      cite: CITE.failover3100,
    },
    cluster: {
      registration: 'each-unit',
      requests: { standard: 'each-unit', contexts: 'primary', 'strong-encryption': 'primary' },
      graceDays: FAILOVER_GRACE_DAYS,
      renewalRequestInterval: '35 seconds',
      text: 'Each unit requires the Standard license (enabled by default) and the same encryption license; license each unit before enabling clustering. Each unit requests a Standard license; only the control unit requests the Context license and Strong Encryption (for tracking). No extra cost for the Context license on data units.',
      cite: CITE.cluster3100,
    },
    outOfCompliance: {
      effect: 'no-licensed-config-changes',
      text: 'Secure Firewall 3100: 001 §"Out-of-Compliance State" and §"Periodic Communication" do not list the 3100; the planner applies the Firepower 1000/2100 consequence (no configuration changes to features requiring special licenses), which is also what the 3100 failover section says after its grace period.',
      cite: `${CITE.outOfCompliance}; ${CITE.failover3100}`,
    },
    pids: {
      standard: { pid: c.standardPid, description: `${c.name} Standard license (required)`, cite: P },
      strongEncryption: { pid: 'L-FPR3K-ENC-K9=', description: 'Secure Firewall 3100 Strong Encryption (3DES/AES) license (only if the account is not authorized for strong encryption)', cite: P },
      plr: { pid: 'L-FPR3K-ASA-BPU=', description: 'Secure Firewall 3100 permanent license reservation (all features)', cite: P },
    },
    notes: [
      UNIT_CONFIG_NOTE,
      { id: 'standard-always-on', text: 'For the Secure Firewall 3100, the Standard license is always enabled and cannot be disabled.', cite: CITE.configureHardware },
      {
        id: 'failover-example-95',
        text: '001\'s Secure Firewall 3130 failover example says "you might only configure the active Context license to be 95 contexts" to reach the 100-context limit with 2 + 2 defaults; the arithmetic (100 − 4) gives 96. Its 3-unit cluster example (100 − 6 = 94) adds up.',
        cite: `${CITE.failover3100}; ${CITE.cluster3100}`,
      },
    ],
    cite: T,
  };
}

export const fpr3110 = fpr3100('fpr-3110');
export const fpr3120 = fpr3100('fpr-3120');
export const fpr3130 = fpr3100('fpr-3130');
export const fpr3140 = fpr3100('fpr-3140');
