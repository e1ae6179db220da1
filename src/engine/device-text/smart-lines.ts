// Smart Licensing output (show license all / status / features, show running-config license):
// registration method, export control and the entitlements the ASA requests.
import { ASAV_SPEC } from '../catalog/smart/index';
import { THROUGHPUT_LEVELS } from '../plan/schema';
import type { Throughput } from '../types';
import type { SmartEntitlementName, SmartFacts } from './types';

export const SMART_CITE = {
  asav: '001 §"ASA Virtual: Configure Regular Smart Software Licensing"',
  monitoring: '001 §"Monitoring Smart Software Licensing"',
} as const;

const LEGACY_ASAV: Readonly<Record<string, Throughput>> = Object.fromEntries(Object.values(ASAV_SPEC.throughput).map((t) => [t.skuModel.toLowerCase(), t.level]));

const isThroughput = (s: string): s is Throughput => (THROUGHPUT_LEVELS as readonly string[]).includes(s);

/**
 * What an entitlement name or tag in License Usage stands for: the PIDs of 001 §"License PIDs"
 * (L-FPR2K-ASASC-10 a Context license, …-SEC-PL Security Plus, …-ENC-K9 Strong Encryption,
 * L-FPR4K-ASA-CAR Carrier) and the ASAv throughput levels of 001 §"ASA Virtual" (ASAv-STD-1G …,
 * or the legacy ASAv5 … ASAv100 names the catalog keeps as skuModel).
 */
export function classifyEntitlement(text: string): { entitlement: SmartEntitlementName; amount?: number | string } | null {
  const level = /ASAv[-_ ]?(?:STD|Standard)[-_ ]?(100M|1G|2G|10G|20G)\b/i.exec(text)?.[1]?.toUpperCase();
  if (level && isThroughput(level)) return { entitlement: 'throughput', amount: level };
  const legacy = /\b(ASAv(?:5|10|30|50|100))\b/i.exec(text)?.[1]?.toLowerCase();
  if (legacy && Object.hasOwn(LEGACY_ASAV, legacy)) return { entitlement: 'throughput', amount: LEGACY_ASAV[legacy]! };
  if (/context|ASASC/i.test(text)) {
    const n = /(\d+)\s*context/i.exec(text)?.[1];
    return { entitlement: 'contexts', ...(n ? { amount: Number(n) } : {}) };
  }
  if (/carrier|-CAR\b|mobile-sp/i.test(text)) return { entitlement: 'carrier' };
  if (/security[- ]?plus|SEC-PL/i.test(text)) return { entitlement: 'security-plus' };
  if (/strong[- ]encryption|ENC-K9|3DES|-ENC\b/i.test(text)) return { entitlement: 'strong-encryption' };
  if (/standard|-STD\b|-BASE\b|-BSE\b/i.test(text)) return { entitlement: 'standard' };
  return null;
}

export type SmartPart = 'registration' | 'authorization' | 'usage' | 'other';

export interface SmartLineResult {
  /** The line was understood. */
  mapped: boolean;
  part?: SmartPart;
  /** A new License Usage entry begins (its Count line follows). */
  entitlementIndex?: number;
  warning?: string;
}

/** Reads one line in the Smart context; `part` is the status section the line is in. */
export function readSmartLine(line: number, text: string, part: SmartPart, facts: SmartFacts, currentEntitlement: number | undefined): SmartLineResult {
  const t = text.trim();
  const setMethod = (value: NonNullable<SmartFacts['method']>['value']) => {
    facts.seen = true;
    facts.method = { value, line, text };
  };
  const setExport = (value: boolean) => {
    facts.seen = true;
    facts.exportControlled = { value, line, text };
  };
  if (/^Registration:?$/i.test(t)) return { mapped: true, part: 'registration' };
  if (/^License Authorization:?$/i.test(t)) return { mapped: true, part: 'authorization' };
  if (/^License Usage$/i.test(t)) return { mapped: true, part: 'usage' };
  if (/^(Product Information|Agent Version|Utility|Data Privacy|Transport|Miscellaneous|Reservation Info|License Conversion)\s*:?$/i.test(t)) return { mapped: false, part: 'other' };

  // show license all (001 §"Viewing Smart License Status"): Registration Status, License Authorization Status.
  const status = /^Status:\s*(.+)$/i.exec(t)?.[1];
  if (status !== undefined && part === 'registration') {
    if (/UNREGISTERED/i.test(status)) setMethod('unregistered');
    else if (/RESERVATION/i.test(status)) setMethod('plr');
    else if (/REGISTERED/i.test(status)) setMethod('regular');
    else return { mapped: false };
    return { mapped: true };
  }
  if (status !== undefined && part === 'authorization') {
    if (/EVAL/i.test(status)) {
      if (!facts.method || facts.method.value === 'unregistered') setMethod('evaluation');
      return { mapped: true };
    }
    if (/OUT OF COMPLIANCE|EXPIRED/i.test(status)) return { mapped: true, warning: `the license authorization is "${status}": the unit is out of compliance (001 §"Out-of-Compliance State")` };
    return { mapped: /AUTHORIZED|RESERVED/i.test(status) };
  }
  if (status !== undefined && part === 'usage') return { mapped: true };

  const exportCtl = /^Export-Controlled Functionality:\s*(.+)$/i.exec(t)?.[1];
  if (exportCtl !== undefined) {
    if (/not\s+allowed/i.test(exportCtl)) setExport(false);
    else if (/allowed/i.test(exportCtl)) setExport(true);
    else return { mapped: false };
    return { mapped: true };
  }
  if (/^License reservation:\s*enabled/i.test(t)) {
    setMethod('plr');
    return { mapped: true };
  }
  const platformState = /^ASAv Platform License State:\s*(\S+)/i.exec(t)?.[1];
  if (platformState !== undefined) {
    if (/unlicensed/i.test(platformState)) setMethod('unregistered');
    else if (/eval/i.test(platformState)) setMethod('evaluation');
    facts.seen = true;
    return { mapped: true };
  }
  const active = /^(?:Active entitlement|No active entitlement):\s*(.*)$/i.exec(t)?.[1];
  if (active !== undefined) {
    facts.seen = true;
    const c = classifyEntitlement(active);
    if (c) facts.entitlements.push({ line, text, ...c });
    if (/eval/i.test(active) && (!facts.method || facts.method.value === 'unregistered')) setMethod('evaluation');
    return { mapped: true };
  }

  // show running-config license: 001 §"Firepower 1000, 2100, Secure Firewall 3100: Configure Regular
  // Smart Software Licensing" (feature tier standard, feature context N, feature security-plus,
  // feature strong-encryption), §"ASA Virtual: Configure Permanent License Reservation" (license smart
  // reservation), §"History for Smart Software Licensing" 9.5(2): feature mobile-sp became feature carrier.
  if (/^license smart$/i.test(t)) {
    facts.seen = true;
    return { mapped: true };
  }
  if (/^license smart reservation$/i.test(t)) {
    setMethod('plr');
    return { mapped: true };
  }
  const feature = /^feature\s+(tier\s+standard|context\s+(\d+)|carrier|mobile-sp|security-plus|strong-encryption)\s*$/i.exec(t);
  if (feature && feature[1]) {
    facts.seen = true;
    const f = feature[1].toLowerCase();
    const entitlement: SmartEntitlementName = f.startsWith('tier')
      ? 'standard'
      : f.startsWith('context')
        ? 'contexts'
        : f === 'carrier' || f === 'mobile-sp'
          ? 'carrier'
          : f === 'security-plus'
            ? 'security-plus'
            : 'strong-encryption';
    facts.entitlements.push({ line, text, entitlement, ...(feature[2] ? { amount: Number(feature[2]) } : {}) });
    return { mapped: true };
  }
  const level = /^throughput level\s+(\S+)$/i.exec(t)?.[1]?.toUpperCase();
  if (level !== undefined) {
    if (!isThroughput(level)) return { mapped: false };
    facts.seen = true;
    facts.entitlements.push({ line, text, entitlement: 'throughput', amount: level });
    return { mapped: true };
  }

  if (part === 'usage') {
    const count = /^Count:\s*(\d+)$/i.exec(t)?.[1];
    if (count !== undefined) {
      const e = currentEntitlement === undefined ? undefined : facts.entitlements[currentEntitlement];
      if (e && e.entitlement === 'contexts') e.amount = Number(count);
      return { mapped: e !== undefined };
    }
    const header = /^(.+?):\s*$/.exec(t)?.[1] ?? (/^regid\./i.test(t) ? t : undefined);
    if (header !== undefined) {
      const c = classifyEntitlement(header);
      if (!c) return { mapped: false };
      facts.seen = true;
      facts.entitlements.push({ line, text, ...c });
      return { mapped: true, entitlementIndex: facts.entitlements.length - 1 };
    }
  }
  return { mapped: false };
}
