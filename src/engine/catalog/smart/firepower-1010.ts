// 001 §"Firepower 1010".
import { APPLIANCE_ENCRYPTION, FAILOVER_GRACE_DAYS, hardwareEvaluation, hardwarePlr, noConfigChanges } from './common';
import { CITE } from './cites';
import { anyConnectUpTo, encryption, fixed, SCTP_NOTE, unsupported } from './rows';
import type { SmartModel } from './types';

const T = CITE.fpr1010Table;

export const fpr1010: SmartModel = {
  id: 'fpr-1010',
  name: 'Firepower 1010',
  family: 'Firepower 1000',
  familyId: 'fpr-1010',
  licensing: 'smart',
  features: {
    'botnet-traffic-filter': unsupported(T),
    'firewall-conns': fixed(100_000, T),
    carrier: unsupported(T, SCTP_NOTE),
    'uc-proxy-sessions': fixed(4000, T),
    'anyconnect-peers': anyConnectUpTo(75, T),
    'other-vpn-peers': fixed(75, T),
    'total-vpn-peers': fixed(75, T),
    encryption: encryption(T),
    // "Security Plus (failover): Disabled — Optional"; the feature ids have no `false` for failover.
    failover: {
      default: 'unsupported',
      options: ['active-standby'],
      cite: T,
      note: 'Security Plus (failover): Disabled by default; the optional Security Plus license enables Active/Standby failover.',
    },
    'security-contexts': unsupported(T),
    clustering: unsupported(T),
    vlans: fixed(60, T),
  },
  contexts: null,
  entitlements: ['standard', 'security-plus', 'strong-encryption'],
  standardAlwaysOn: false,
  evaluation: hardwareEvaluation('Firepower 1000'),
  plr: hardwarePlr('Standard tier; Security Plus (Firepower 1010)', CITE.plrFpr1000),
  strongEncryption: APPLIANCE_ENCRYPTION,
  failover: {
    modes: ['active-standby'],
    requires: ['standard', 'security-plus'],
    registration: 'each-unit',
    requests: { standard: 'each-unit', 'security-plus': 'each-unit', 'strong-encryption': 'primary' },
    graceDays: FAILOVER_GRACE_DAYS,
    renewalRequestInterval: '35 seconds',
    text: 'Both Firepower 1010 units must be registered with the Smart Software Manager or On-Prem server, and both need the Standard and Security Plus licenses before you can configure failover. When using the registration token, both units must have the same encryption level. A manually added Strong Encryption license is requested by the active unit only; after a failover the pair can use the aggregated license for 30 days, then (without the token) you cannot change features needing Strong Encryption.',
    cite: CITE.failover1010,
  },
  cluster: null,
  outOfCompliance: noConfigChanges('Firepower 1000'),
  pids: {
    standard: { pid: 'L-FPR1000-ASA=', description: 'Firepower 1000 Standard license (free, but add it to your Smart Account)', cite: CITE.pids1010 },
    securityPlus: { pid: 'L-FPR1010-SEC-PL=', description: 'Firepower 1010 Security Plus license (enables failover)', cite: CITE.pids1010 },
    strongEncryption: { pid: 'L-FPR1K-ENC-K9=', description: 'Firepower 1000 Strong Encryption (3DES/AES) license (only if the account is not authorized for strong encryption)', cite: CITE.pids1010 },
    plr: { pid: 'L-FPR1K-ASA-BPU=', description: 'Firepower 1000 permanent license reservation (all features)', cite: CITE.pids1010 },
  },
  notes: [{ id: 'no-contexts', text: 'The Context license is not supported for the Firepower 1010.', cite: CITE.configureHardware }],
  cite: T,
};
