// 001 §"Firepower 4100".
import type { SmartModelId } from '../../types';
import { chassisModel } from './chassis-model';
import { CITE } from './cites';
import type { SmartModel, SmartPids } from './types';

const T = CITE.fpr4100Table;
const P = CITE.pids4100;

const PIDS: SmartPids = {
  standard: { pid: 'L-FPR4100-ASA=', description: 'Firepower 4100 Standard license (free, but add it to your Smart Account)', cite: P },
  carrier: { pid: 'L-FPR4K-ASA-CAR=', description: 'Firepower 4100 Carrier license (Diameter, GTP/GPRS, M3UA, SCTP)', cite: P },
  strongEncryption: { pid: 'L-FPR4K-ENC-K9=', description: 'Firepower 4100 Strong Encryption (3DES/AES) license (only if the account is not authorized for strong encryption)', cite: P },
  plr: { pid: 'L-FPR4K-ASA-BPU=', description: 'Firepower 4100 permanent license reservation (all features)', cite: P },
};

const PACKS = [
  { pid: 'L-FPR4K-ASASC-10=', contexts: 10 },
  { pid: 'L-FPR4K-ASASC-230=', contexts: 230 },
  { pid: 'L-FPR4K-ASASC-250=', contexts: 250 },
] as const;

function fpr4100(id: SmartModelId, name: string, conns: number, tls: number, vpn: number): SmartModel {
  return chassisModel({ id, name, family: 'Firepower 4100', familyId: 'fpr-4100', table: T, conns, tls, vpn, packs: PACKS, pids: PIDS }, [
    ...(id === 'fpr-4150' ? [{ id: 'conns-as-printed', text: 'As printed, the Firepower 4150 has fewer concurrent firewall connections (35,000,000) than the 4145 (40,000,000).', cite: T }] : []),
  ]);
}

// "Total TLS Proxy Sessions: Firepower 4110: 10,000; All others: 15,000".
export const fpr4110 = fpr4100('fpr-4110', 'Firepower 4110', 10_000_000, 10_000, 10_000);
export const fpr4112 = fpr4100('fpr-4112', 'Firepower 4112', 10_000_000, 15_000, 10_000);
export const fpr4115 = fpr4100('fpr-4115', 'Firepower 4115', 15_000_000, 15_000, 15_000);
export const fpr4120 = fpr4100('fpr-4120', 'Firepower 4120', 15_000_000, 15_000, 15_000);
export const fpr4125 = fpr4100('fpr-4125', 'Firepower 4125', 25_000_000, 15_000, 20_000);
export const fpr4140 = fpr4100('fpr-4140', 'Firepower 4140', 25_000_000, 15_000, 20_000);
export const fpr4145 = fpr4100('fpr-4145', 'Firepower 4145', 40_000_000, 15_000, 20_000);
export const fpr4150 = fpr4100('fpr-4150', 'Firepower 4150', 35_000_000, 15_000, 20_000);
