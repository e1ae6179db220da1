// The running AnyConnect peers of each unit follow the Secure Client licenses in force each day:
// - unlicensed (0) before a Plus, Apex or VPN Only license covers the headend and after its term
//   ends, gaps between terms included;
// - the platform maximum while Plus or Apex does: 001 §"AnyConnect Plus, AnyConnect Apex, and
//   AnyConnect VPN Only Licenses" ("AnyConnect Client capabilities enabled to the platform maximum,
//   contingent on your purchase", 001 §"ASA Virtual" … §"Firepower 4100/9300"); 000 §"AnyConnect
//   Plus and Apex Licenses" (the key "toggles on the VPN features to the maximum allowed"); 002/003
//   §"How do the new licenses work with the ASA?" ("unlocked for its maximum hardware capacity");
// - a VPN Only license: its own sessions on its own headend (headend-capacity.ts `unitPeers`);
// - Smart units: no through-the-box VPN without Strong Encryption (001 §"Encryption License":
//   "For through-the-box traffic that requires strong encryption (such as VPN), throughput is
//   severely limited until you … obtain the Strong Encryption license").
// PAK units keep their own (legacy AnyConnect Premium) value until the first Plus, Apex or VPN Only
// license starts: then the older licenses are removed (002/003 §"What happens to my older
// AnyConnect licenses when I install the new licenses?").
// Event-driven: one merge of the unit's stretches with the coverage stretches (coverage-stretches.ts).
import type { FeatureValue, License } from '../types';
import type { LicenseStretch } from '../unit-timeline';
import { provenanceOf } from '../unit-timeline';
import { faq, s000, s001 } from './cite';
import type { CoverageStretch } from './types';

export const RUNNING_PEERS_CITE = `${s001('AnyConnect Plus, AnyConnect Apex, and AnyConnect VPN Only Licenses')}; ${s000('AnyConnect Plus and Apex Licenses')}; ${faq('How do the new licenses work with the ASA?')}`;
const ENCRYPTION_CITE = s001('Encryption License');
const OLDER_CITE = faq('What happens to my older AnyConnect licenses when I install the new licenses?');

export interface RunningPeersInput {
  unit: string;
  licensing: 'pak' | 'smart';
  /** The first day a Plus, Apex or VPN Only license starts (null: none). */
  firstNewDay: number | null;
}

function peersOn(s: LicenseStretch, c: CoverageStretch, input: RunningPeersInput, from: number): { value: FeatureValue | undefined; rule: string; cite: string } {
  const own = s.license['anyconnect-peers'];
  const cov = c.peers[input.unit] ?? 0;
  const names = c.licenses.length ? ` (${c.licenses.join(', ')})` : '';
  if (typeof own !== 'number') return { value: own, rule: '', cite: '' };
  if (input.licensing === 'smart') {
    if (s.license.encryption === 'des' && own > 0) return { value: 0, rule: 'No through-the-box VPN without Strong Encryption (3DES/AES): the unit runs Base (DES)', cite: ENCRYPTION_CITE };
    const value = Math.min(own, cov);
    return {
      value,
      rule: value > 0 ? `Secure Client licenses in force${names}: up to ${value} peers` : `Unlicensed on this day: no Plus, Apex or VPN Only license covers this headend${names}`,
      cite: RUNNING_PEERS_CITE,
    };
  }
  if (input.firstNewDay === null || from < input.firstNewDay) {
    const value = Math.max(own, cov);
    return { value, rule: value === own ? '' : `Secure Client licenses in force${names}: up to ${value} peers`, cite: RUNNING_PEERS_CITE };
  }
  return {
    value: cov,
    rule:
      cov > 0
        ? `Secure Client licenses in force${names}: the key toggles AnyConnect on up to ${cov} peers`
        : `Unlicensed on this day: no Plus, Apex or VPN Only license covers this headend${names} (older AnyConnect licenses were removed when the first new license started)`,
    cite: cov > 0 ? RUNNING_PEERS_CITE : `${RUNNING_PEERS_CITE}; ${OLDER_CITE}`,
  };
}

/** The unit's stretches with the AnyConnect peers of the Secure Client licenses in force. */
export function withRunningPeers(stretches: readonly LicenseStretch[], coverage: readonly CoverageStretch[], input: RunningPeersInput): LicenseStretch[] {
  if (coverage.length === 0) return stretches as LicenseStretch[];
  const out: LicenseStretch[] = [];
  let changed = false;
  let j = 0;
  for (const s of stretches) {
    const sEnd = s.to ?? Infinity;
    while (j > 0 && coverage[j]!.from > s.from) j--;
    while (j + 1 < coverage.length && coverage[j + 1]!.from <= s.from) j++;
    let lastOfS: LicenseStretch | null = null;
    for (let k = j; k < coverage.length && coverage[k]!.from < sEnd; k++) {
      const c = coverage[k]!;
      const from = Math.max(s.from, c.from);
      const to = Math.min(sEnd, c.to ?? Infinity);
      const p = peersOn(s, c, input, from);
      const same = Object.is(p.value, s.license['anyconnect-peers']);
      if (lastOfS && Object.is(lastOfS.license['anyconnect-peers'], p.value)) {
        lastOfS.to = to === Infinity ? null : to;
        continue;
      }
      let piece: LicenseStretch;
      // No changedMask on any piece: the previous stretch may now differ in its peers.
      if (same)
        piece = {
          from,
          to: to === Infinity ? null : to,
          license: s.license,
          provenance: s.provenance,
          ...(s.poweredOff ? { poweredOff: true } : {}),
          ...(s.outOfCompliance ? { outOfCompliance: true } : {}),
        };
      else {
        changed = true;
        const license: License = { ...s.license, 'anyconnect-peers': p.value as FeatureValue };
        const base = s;
        const { rule, cite } = p;
        const value = p.value as FeatureValue;
        piece = {
          from,
          to: to === Infinity ? null : to,
          license,
          provenance: () => ({ ...provenanceOf(base), 'anyconnect-peers': { value, source: input.licensing === 'smart' ? 'smart' : 'permanent', rule, cite } }),
          ...(s.poweredOff ? { poweredOff: true } : {}),
          ...(s.outOfCompliance ? { outOfCompliance: true } : {}),
        };
      }
      if (from !== s.from) changed = true;
      out.push(piece);
      lastOfS = piece;
    }
  }
  return changed ? out : (stretches as LicenseStretch[]);
}
