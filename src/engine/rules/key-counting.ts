// Whether a running time-based key's timer counts down, in a failover pair or cluster too.
// 000 §"How Failover or ASA Cluster Licenses Combine": "For licenses that have numerical tiers ... If
// all licenses in use are time-based, then the licenses count down simultaneously"; "For time-based
// licenses that are enabled or disabled ... The primary/control unit counts down its license first,
// and when it expires, the secondary/data unit(s) start counting down its license, and so on."
// Loss of communication changes both (link-loss.ts). Whether a key runs at all: timer-rule.ts.
import { numericKeyCounts, revertedToOwnLicense, type LinkState } from './link-loss';

interface CountingKey {
  readonly numeric: boolean;
  readonly unitIndex: number;
  readonly featureMask: number;
}

/**
 * `runs`: the key is active, installed and its unit's timer runs. `leads[i]`: the key that leads the
 * shared countdown of on/off feature i (the first running key in unit order, primary/control first;
 * timeline/shared-countdown.ts keeps it).
 */
export function countsDown<K extends CountingKey>(k: K, runs: boolean, combined: boolean, link: LinkState | null, leads: readonly (K | null)[]): boolean {
  if (!runs) return false;
  // A standalone unit, or units past a link-down's grace, each count their own keys.
  if (!combined || revertedToOwnLicense(link)) return true;
  if (k.numeric) return numericKeyCounts(link, k.unitIndex === 0);
  for (let i = 0, m = k.featureMask; m !== 0; i++, m >>>= 1) if (m & 1 && leads[i] === k) return true;
  return false;
}
