// Output of a product that is not an ASA the catalog models (issue 24 items 9 and 12): Firepower
// Threat Defense (also on ASA 5500-X hardware), PIX, FWSM, the ASA 5505 before 8.3. Refused with
// the platform named, never imported as the hardware's ASA model.
import type { ImportIssue, SourceLine } from './types';

interface Foreign {
  test: RegExp;
  platform: (m: RegExpExecArray) => string;
  why: string;
}

const FTD_WHY =
  'Firepower Threat Defense is another product (FTD software, licensed through the FMC or FDM), not ASA software: its output does not describe ASA licenses (001 covers the ASA on Firepower hardware, not FTD)';
const PIX_WHY = "the PIX is the ASA's predecessor, licensed by its own activation keys and not in the catalog (000 covers the ASA 5506-X … 5585-X, ASASM and ISA 3000)";
const FWSM_WHY = 'the FWSM is a Catalyst 6500 module with its own licensing, not in the catalog (000 covers the ASASM, its successor)';
const ASA5505_WHY =
  'the ASA 5505 is not in the catalog, and before 8.3 it printed its own license rows (VLANs with DMZ Restricted, Inside Hosts, Dual ISPs) that the 9.x tables of 000 do not describe';

const FOREIGN: readonly Foreign[] = [
  { test: /^\s*Model\s*:\s*Cisco\s+(.*?)\s*Threat Defense\b/i, platform: (m) => hardwareNote(m[1] ?? ''), why: FTD_WHY },
  { test: /\b(?:Cisco )?(?:Firepower|Secure Firewall) Threat Defense(?: for (\S+))?/i, platform: (m) => hardwareNote(m[1] ?? ''), why: FTD_WHY },
  { test: /^\s*Cisco PIX (?:Security Appliance|Firewall) (?:Software )?Version\b/i, platform: () => 'Cisco PIX', why: PIX_WHY },
  { test: /^\s*This PIX has\b/i, platform: () => 'Cisco PIX', why: PIX_WHY },
  { test: /^\s*Hardware:\s+(PIX-?\S*)/i, platform: (m) => `Cisco PIX (${m[1]!.replace(/,$/, '')})`, why: PIX_WHY },
  { test: /^\s*(?:FWSM Firewall Version|Firewall Services Module)\b/i, platform: () => 'Catalyst 6500 Firewall Services Module (FWSM)', why: FWSM_WHY },
  { test: /^\s*Hardware:\s+(WS-SVC-FWM\S*)/i, platform: (m) => `Catalyst 6500 Firewall Services Module (${m[1]!.replace(/,$/, '')})`, why: FWSM_WHY },
  { test: /^\s*VLANs\s*:\s*\d+\s*,\s*DMZ (?:Restricted|Unrestricted)\b/i, platform: () => 'ASA 5505 (software before 8.3)', why: ASA5505_WHY },
];

/** "FTD on ASA 5516-X hardware" when the line names ASA hardware. */
function hardwareNote(hw: string): string {
  const asa = /ASA\s?-?(55\d\d)(-X)?/i.exec(hw);
  if (asa) return `Firepower Threat Defense (FTD) on ASA ${asa[1]}-X hardware`;
  const name = hw.replace(/^Cisco\s+/i, '').trim();
  return name === '' ? 'Firepower Threat Defense (FTD)' : `Firepower Threat Defense (FTD) on ${name}`;
}

/** The error for the first line that names a foreign platform, or null. */
export function foreignPlatform(lines: readonly SourceLine[]): ImportIssue | null {
  for (const l of lines) {
    if (l.text.length > 1000) continue;
    for (const f of FOREIGN) {
      const m = f.test.exec(l.text);
      if (!m) continue;
      const platform = f.platform(m);
      return {
        severity: 'error',
        code: 'import-not-asa',
        line: l.line,
        message: `line ${l.line}: this is output of ${platform}, not of an ASA the planner models; ${f.why}. Nothing was imported`,
        cite: '000 §"Licenses Per Model"',
      };
    }
  }
  return null;
}
