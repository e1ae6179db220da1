// Failover pairs in a bulk import. The two units of a pair replicate one configuration, so they
// print the same hostname; each prints the "Failover cluster licensed features" block (or
// "failover cluster up") and its own serial number, and a failover prompt names its role
// (`edge/pri/act#`, `edge/sec/stby#`). Two captures that are in failover, share a hostname, have
// two different serial numbers and not the same role are one pair: the importer then reads both
// units' own licenses (000 §"How Failover or ASA Cluster Licenses Combine"). A unit whose peer's
// output is missing stays alone; the importer derives the peer from the cluster block.
import type { Capture } from './split-captures';

export interface CaptureGroup {
  captures: Capture[];
  /** Why captures that look related were not paired (for the device's issues). */
  note?: string;
  /** The captures are the members of one ASA cluster (cluster-captures.ts), not a failover pair. */
  cluster?: boolean;
}

export function pairCaptures(captures: readonly Capture[]): CaptureGroup[] {
  const byHost = new Map<string, number[]>();
  captures.forEach((c, i) => {
    if (!c.failover || !c.hostname) return;
    const key = c.hostname.toLowerCase();
    byHost.set(key, [...(byHost.get(key) ?? []), i]);
  });
  const partner = new Map<number, number>();
  const notes = new Map<number, string>();
  for (const [host, list] of byHost) {
    if (list.length < 2) continue;
    if (list.length > 2) {
      for (const i of list)
        notes.set(
          i,
          `${list.length} units in failover print the hostname "${host}"; a failover pair is two units, so none of them was paired (give each pair its own hostname, or import each pair's two outputs on their own)`,
        );
      continue;
    }
    const [a, b] = list as [number, number];
    const ca = captures[a]!;
    const cb = captures[b]!;
    if (!ca.serial || !cb.serial || ca.serial === cb.serial) {
      notes.set(a, `the units of "${host}" are not paired: both outputs need their own serial number`).set(b, notes.get(a)!);
    } else if (ca.role !== undefined && ca.role === cb.role) {
      notes.set(a, `the units of "${host}" are not paired: both say they are the ${ca.role} unit`).set(b, notes.get(a)!);
    } else {
      partner.set(a, b).set(b, a);
    }
  }
  const groups: CaptureGroup[] = [];
  captures.forEach((c, i) => {
    const p = partner.get(i);
    if (p !== undefined && p < i) return;
    const note = notes.get(i);
    groups.push({ captures: p === undefined ? [c] : [c, captures[p]!], ...(note ? { note } : {}) });
  });
  return groups;
}
