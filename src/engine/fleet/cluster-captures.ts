// ASA cluster members in a bulk import. A cluster replicates its configuration from the control
// unit to the data units (001 §"ASA Cluster Licenses for the Secure Firewall 3100": "The
// configuration is replicated to the data units"), so its members print the same hostname; each
// prints the clustering license ("Cluster : Enabled", 000 §"Licenses" tables: "Clustering") and its
// own serial number, and none is in failover. Such outputs, at most the printed "Cluster Members"
// count, are one cluster deployment whose licenses combine into one running cluster license (000
// §"ASA Cluster License Requirements and Exceptions", §"How Failover or ASA Cluster Licenses
// Combine"). The factory hostname "ciscoasa" says nothing about a shared configuration: outputs
// that print it are never grouped. The outputs do not say which unit is the control unit: the
// first in the text is taken as it (bulk-import.ts says so on the device).
import type { CaptureGroup } from './pair-captures';

export const COMBINE_CITE = '000 §"ASA Cluster License Requirements and Exceptions"; 000 §"How Failover or ASA Cluster Licenses Combine"';
const FACTORY_HOSTNAME = 'ciscoasa';

/** Groups the single, non-failover captures of one hostname that all print the clustering license. */
export function clusterCaptures(groups: readonly CaptureGroup[]): CaptureGroup[] {
  const candidates = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const c = g.captures[0]!;
    if (g.captures.length !== 1 || c.failover || !c.clusterLicense || !c.hostname || !c.serial) return;
    const key = c.hostname.toLowerCase();
    if (key === FACTORY_HOSTNAME) return;
    candidates.set(key, [...(candidates.get(key) ?? []), i]);
  });
  const member = new Map<number, number>();
  const notes = new Map<number, string>();
  for (const [host, list] of candidates) {
    if (list.length < 2) continue;
    const captures = list.map((i) => groups[i]!.captures[0]!);
    const serials = new Set(captures.map((c) => c.serial));
    const limit = Math.min(...captures.map((c) => c.clusterMembers ?? Number.MAX_SAFE_INTEGER));
    let why: string | null = null;
    if (serials.size !== captures.length) why = `the outputs of "${host}" are not grouped as a cluster: two of them print the same serial number`;
    else if (captures.length > limit)
      why = `${captures.length} outputs print the hostname "${host}", more than the ${limit} cluster members their license allows; none of them was grouped (give each device its own hostname)`;
    if (why) for (const i of list) notes.set(i, why);
    else for (const i of list) member.set(i, list[0]!);
  }
  const out: CaptureGroup[] = [];
  groups.forEach((g, i) => {
    const first = member.get(i);
    if (first === undefined) {
      const note = notes.get(i) ?? g.note;
      out.push(note ? { ...g, note } : g);
    } else if (first === i) {
      const all = [...member].filter(([, f]) => f === i).map(([j]) => groups[j]!.captures[0]!);
      out.push({ captures: all, cluster: true });
    }
  });
  return out;
}
