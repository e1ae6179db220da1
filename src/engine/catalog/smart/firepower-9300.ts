// 001 §"Firepower 9300" (one ASA security module).
import type { SmartModelId } from '../../types';
import { chassisModel } from './chassis-model';
import { CITE } from './cites';
import type { SmartModel, SmartPids } from './types';

const T = CITE.fpr9300Table;
const P = CITE.pids9300;

const PIDS: SmartPids = {
  standard: { pid: 'L-F9K-ASA=', description: 'Firepower 9300 Standard license (free, but add it to your Smart Account)', cite: P },
  carrier: { pid: 'L-F9K-ASA-CAR=', description: 'Firepower 9300 Carrier license (Diameter, GTP/GPRS, M3UA, SCTP)', cite: P },
  strongEncryption: { pid: 'L-F9K-ASA-ENCR-K9=', description: 'Firepower 9300 Strong Encryption (3DES/AES) license (only if the account is not authorized for strong encryption)', cite: P },
  plr: { pid: 'L-FPR9K-ASA-BPU=', description: 'Firepower 9300 permanent license reservation (all features)', cite: P },
};

const PACKS = [{ pid: 'L-F9K-ASA-SC-10=', contexts: 10 }] as const;

function sm(id: SmartModelId, name: string, conns: number): SmartModel {
  return chassisModel({ id, name, family: 'Firepower 9300', familyId: 'fpr-9300', table: T, conns, tls: 15_000, vpn: 20_000, packs: PACKS, pids: PIDS }, [
    ...(id === 'fpr-9300-sm-36' || id === 'fpr-9300-sm-40'
      ? [{ id: 'conns-as-printed', text: 'As printed, the SM-36 allows 60,000,000 concurrent connections and the SM-40 55,000,000 (the SM-24 also 55,000,000).', cite: T }]
      : []),
  ]);
}

export const fpr9300Sm24 = sm('fpr-9300-sm-24', 'Firepower 9300 SM-24', 55_000_000);
export const fpr9300Sm36 = sm('fpr-9300-sm-36', 'Firepower 9300 SM-36', 60_000_000);
export const fpr9300Sm40 = sm('fpr-9300-sm-40', 'Firepower 9300 SM-40', 55_000_000);
export const fpr9300Sm44 = sm('fpr-9300-sm-44', 'Firepower 9300 SM-44', 60_000_000);
export const fpr9300Sm48 = sm('fpr-9300-sm-48', 'Firepower 9300 SM-48', 60_000_000);
export const fpr9300Sm56 = sm('fpr-9300-sm-56', 'Firepower 9300 SM-56', 60_000_000);
