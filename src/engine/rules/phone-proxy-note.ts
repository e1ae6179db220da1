// "With the 10,000-session UC license, the total combined sessions can be 10,000, but the maximum
// number of Phone Proxy sessions is 5000": a note of 000 §"ASA 5585-X with SSP-20 License Features",
// §"ASA 5585-X with SSP-40 and -60 License Features" and §"ASASM License Features" only. It is
// shown for a unit whose model's own table carries it (the catalog's `phone-proxy-5000` note),
// citing that table; other models (a Firepower 2140 with 10,000 TLS proxy sessions) get nothing.
import type { CatalogNote } from '../catalog/types';
import type { Issue, License } from '../types';

export const PHONE_PROXY_NOTE_ID = 'phone-proxy-5000';

export function phoneProxyNote(notes: readonly CatalogNote[], unit: string, license: License, day: number): Issue | null {
  if (license['uc-proxy-sessions'] !== 10_000) return null;
  const note = notes.find((n) => n.id === PHONE_PROXY_NOTE_ID);
  if (!note) return null;
  return {
    severity: 'info',
    code: PHONE_PROXY_NOTE_ID,
    message: `Unit "${unit}": with the 10,000-session UC license the combined sessions can be 10,000, but Phone Proxy sessions are limited to 5000`,
    unit,
    day,
    feature: 'uc-proxy-sessions',
    cite: note.cite,
  };
}
