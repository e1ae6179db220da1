// What the Firepower 4100 and 9300 (ASA logical device on the chassis) share in 001.
import type { Cite, SmartModelId } from '../../types';
import type { CatalogNote } from '../types';
import { chassisEvaluation, FAILOVER_GRACE_DAYS, FPR4100_ENCRYPTION, noConfigChanges } from './common';
import { CITE } from './cites';
import { anyConnectUpTo, contextsUpTo, encryption, fixed, optional, unsupported } from './rows';
import type { ContextPack, SmartModel, SmartPids } from './types';

export interface ChassisCells {
  id: SmartModelId;
  name: string;
  family: 'Firepower 4100' | 'Firepower 9300';
  familyId: 'fpr-4100' | 'fpr-9300';
  table: Cite;
  conns: number;
  tls: number;
  vpn: number;
  packs: readonly ContextPack[];
  pids: SmartPids;
}

export const PLR_248_NOTE: CatalogNote = {
  id: 'plr-248-contexts',
  text: '001 says that for Permanent License Reservation "you can specify the maximum contexts (248)", but the table gives 10 contexts with the Standard license and a maximum of 250, so the largest useful Context license is 240 (10 + 240 = 250). 248 matches 250 − 2, the default of the smaller models. The planner caps the running value at 250 and shows both figures.',
  cite: `${CITE.configure4100}; ${CITE.fpr4100Table}; ${CITE.fpr9300Table}`,
};

const CHASSIS_NOTES: CatalogNote[] = [
  PLR_248_NOTE,
  {
    id: 'chassis-registration',
    text: 'Smart Software Licensing infrastructure (registration, Smart Call Home, the token) is configured on the chassis supervisor; the ASA application requests its entitlements. The chassis registers as one device, but each security module uses its own licenses (a 9300 with 3 modules counts as one device and 3 licenses).',
    cite: `${CITE.smartOn4100}; ${CITE.virtualAccount}`,
  },
  {
    id: 'no-default-config',
    text: 'There is no default configuration: you must manually enable the Standard license tier and other optional licenses. You must have sufficient tier licenses in your account, otherwise you cannot configure any other feature licenses.',
    cite: `${CITE.defaults}; ${CITE.configure4100}`,
  },
  {
    id: 'plr-config-history',
    text: '001\'s PLR section says you "also need to request the entitlements in the ASA configuration"; its 9.6(2) history entry says "no configuration is required on the ASA". The planner follows the current section (requested entitlements run) and notes the other.',
    cite: `${CITE.plrFpr4100}; ${CITE.history}`,
  },
  {
    id: 'context-pack-250',
    text: "A 250-context pack on one unit gives 10 + 250 = 260, above the 250 platform limit; 001's own examples advise a 230-context license for a failover pair and 220 for a 3-unit cluster.",
    cite: `${CITE.pids4100}; ${CITE.failover4100}; ${CITE.cluster4100}`,
  },
  {
    id: 'failover-licensing-9.7',
    text: 'From 9.7(1) (FXOS 2.1.1) only the active unit requests the license entitlements; previously both units requested them.',
    cite: CITE.history,
  },
];

export function chassisModel(c: ChassisCells, extraNotes: readonly CatalogNote[] = []): SmartModel {
  const T = c.table;
  return {
    id: c.id,
    name: c.name,
    family: c.family,
    familyId: c.familyId,
    licensing: 'smart',
    features: {
      'botnet-traffic-filter': unsupported(T),
      'firewall-conns': fixed(c.conns, T),
      carrier: optional(T),
      'uc-proxy-sessions': fixed(c.tls, T),
      'anyconnect-peers': anyConnectUpTo(c.vpn, T),
      'other-vpn-peers': fixed(c.vpn, T),
      'total-vpn-peers': fixed(c.vpn, T),
      encryption: encryption(T),
      failover: fixed('active-active', CITE.failover4100, 'Active/Standby and Active/Active; the table has no Failover row.'),
      'security-contexts': contextsUpTo(10, 250, T),
      clustering: fixed(true, T),
      vlans: fixed(1024, T),
    },
    contexts: { included: 10, max: 250, maxLicense: 240, packs: c.packs, cite: `${T}; ${CITE.configure4100}` },
    entitlements: ['standard', 'contexts', 'carrier', 'strong-encryption'],
    standardAlwaysOn: false,
    evaluation: chassisEvaluation,
    plr: {
      text: 'One license enables all features: Standard tier; maximum Security Contexts; Carrier; Strong Encryption (3DES/AES) if the account qualifies; AnyConnect Client capabilities to the platform maximum (contingent on an AnyConnect Client license). The license is managed on the chassis, but you also need to request the entitlements in the ASA configuration.',
      statedMaxContextRequest: 248,
      requestInAsa: true,
      cite: CITE.plrFpr4100,
    },
    strongEncryption: FPR4100_ENCRYPTION,
    failover: {
      modes: ['active-standby', 'active-active'],
      requires: ['standard'],
      registration: 'each-unit',
      requests: { standard: 'primary', contexts: 'primary', carrier: 'primary', 'strong-encryption': 'primary' },
      graceDays: FAILOVER_GRACE_DAYS,
      renewalRequestInterval: '35 seconds',
      text: 'Both Firepower 4100/9300 units must be registered before you configure failover; no extra cost for secondary units. Only the active unit requests the Standard, Context, Carrier and Strong Encryption licenses; they are aggregated and shared. When using the token, each chassis must have the same encryption license.',
      cite: CITE.failover4100,
    },
    cluster: {
      registration: 'each-unit',
      requests: { standard: 'primary', contexts: 'primary', carrier: 'each-unit', 'strong-encryption': 'each-unit' },
      graceDays: FAILOVER_GRACE_DAYS,
      renewalRequestInterval: '12 hours',
      sameMethod: true,
      text: 'To use Strong Encryption and other optional licenses, each chassis must be registered; no extra cost for data units. Only the control unit requests the Standard and Context licenses; Carrier (needed for Distributed S2S VPN) and Strong Encryption are per-unit entitlements each unit requests. With the token, each chassis must have the same encryption license. Inter-chassis clustering requires the same Smart Licensing method on each chassis.',
      cite: CITE.cluster4100,
    },
    outOfCompliance: noConfigChanges('Firepower 4100/9300'),
    pids: c.pids,
    notes: [...CHASSIS_NOTES, ...extraNotes],
    cite: T,
  };
}
