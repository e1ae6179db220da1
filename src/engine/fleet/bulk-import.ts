// Bulk import: many devices' output (several files, or one text of many captures) in, one plan per
// device or failover pair out. Each group is read by the single-device importer unchanged
// (../device-text/import-device-text.ts); its line numbers are mapped back to the text pasted. A
// device the importer refuses is kept in the list with the importer's reasons: never dropped.
import { importDeviceText } from '../device-text/import-device-text';
import { normalizeLines } from '../device-text/normalize-lines';
import type { ImportIssue, UnmappedLine } from '../device-text/types';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/schema';
import { clusterCaptures, COMBINE_CITE } from './cluster-captures';
import { pairCaptures, type CaptureGroup } from './pair-captures';
import { captureText, splitCaptures } from './split-captures';

export interface BulkSource {
  /** A file name, or "pasted text". */
  name: string;
  text: string;
}

export interface BulkDevice {
  source: string;
  /** First and last line of the device's output in its source. */
  fromLine: number;
  toLine: number;
  /** Collection header, hostname, or "lines 12–40". */
  label: string;
  hostname?: string;
  serials: string[];
  /** Two captures read as one failover pair. */
  pair: boolean;
  /** Captures read as the members of one ASA cluster (cluster-captures.ts). */
  cluster?: boolean;
  plan: Plan | null;
  /** The importer's errors when `plan` is null: why the device was refused. */
  refused: string[];
  issues: ImportIssue[];
  unmapped: UnmappedLine[];
}

export interface BulkResult {
  devices: BulkDevice[];
  issues: ImportIssue[];
}

/** A bulk paste is read up to 32 MB and 5,000 devices (the single importer reads 1 MB per device). */
export const BULK_LIMITS = { maxChars: 32 * 1_048_576, maxDevices: 5000 } as const;

const relabel = (message: string, lineMap: readonly number[]) => message.replace(/\bline (\d+)\b/g, (m, n: string) => `line ${lineMap[Number(n) - 1] ?? n}`);

function mapLines<T extends { line?: number; message?: string; text?: string }>(items: readonly T[], lineMap: readonly number[]): T[] {
  return items.map((i) => ({ ...i, ...(i.line !== undefined ? { line: lineMap[i.line - 1] ?? i.line } : {}), ...(i.message !== undefined ? { message: relabel(i.message, lineMap) } : {}) }));
}

function readGroup(group: CaptureGroup, source: string, startDate: string): BulkDevice {
  const { text, lineMap } = captureText(group.captures);
  const result = importDeviceText(text, { startDate });
  const first = group.captures[0]!;
  const lines = group.captures.flatMap((c) => c.lines.map((l) => l.line));
  const fromLine = Math.min(...lines, Number.MAX_SAFE_INTEGER);
  const toLine = Math.max(...lines, 0);
  const hostname = first.hostname;
  const issues = mapLines(result.issues, lineMap);
  if (group.note) issues.unshift({ severity: 'warning', code: 'fleet-not-paired', message: group.note, cite: COMBINE_CITE });
  let plan = result.plan;
  if (plan && (first.header || hostname)) plan = { ...plan, name: `${first.header ?? hostname}: ${plan.name}`.slice(0, 200) };
  return {
    source,
    fromLine: Number.isFinite(fromLine) && fromLine <= toLine ? fromLine : 0,
    toLine,
    label: first.header ?? hostname ?? (lines.length ? `lines ${fromLine}–${toLine}` : 'empty capture'),
    ...(hostname ? { hostname } : {}),
    serials: group.captures.map((c) => c.serial).filter((s): s is string => s !== undefined),
    pair: group.captures.length === 2 && !group.cluster,
    plan,
    refused: plan ? [] : issues.filter((i) => i.severity === 'error').map((i) => i.message),
    issues,
    unmapped: mapLines(result.unmapped, lineMap) as UnmappedLine[],
  };
}

/**
 * The members of one cluster: each output read by the single-device importer, their units put in one
 * cluster plan (the first output's unit as the control unit, then the data units) and that plan read
 * through parsePlan; null (with the reason) when the members do not make one plan.
 */
function readCluster(group: CaptureGroup, source: string, startDate: string): BulkDevice | string {
  const members = group.captures.map((c) => readGroup({ captures: [c] }, source, startDate));
  const refused = members.find((m) => !m.plan || m.plan.deployment.units.length !== 1);
  if (refused) return `member ${refused.serials[0] ?? refused.label} was ${refused.plan ? 'read as more than one unit' : `refused (${refused.refused.join('; ')})`}`;
  const models = new Set(members.map((m) => m.plan!.deployment.units[0]!.model));
  if (models.size > 1) return `the members print different models (${[...models].join(', ')}); a cluster's units are one model`;
  const units = members.map((m, i) => ({ ...m.plan!.deployment.units[0]!, id: i === 0 ? 'control' : `data-${i}` }));
  const first = members[0]!;
  const hostname = first.hostname ?? first.label;
  const base = first.plan!;
  const read = parsePlan({ ...base, name: `${group.captures[0]!.header ?? hostname}: ASA cluster of ${units.length} units`.slice(0, 200), deployment: { ...base.deployment, mode: 'cluster', units } });
  if (!read.ok)
    return `as one cluster plan they were refused (${read.issues
      .slice(0, 3)
      .map((i) => i.message)
      .join('; ')})`;
  const note = `read as one ASA cluster of ${units.length} units: the outputs print the same hostname "${hostname}" (a cluster replicates its configuration), the clustering license and ${units.length} serial numbers, and none is in failover. The outputs do not say which unit is the control unit: the first (serial ${first.serials[0]}) is taken as it; the licenses combine into one running cluster license whichever it is. If these are separate devices, give each its own hostname.`;
  return {
    ...first,
    label: group.captures[0]!.header ?? hostname,
    fromLine: Math.min(...members.map((m) => m.fromLine)),
    toLine: Math.max(...members.map((m) => m.toLine)),
    serials: members.flatMap((m) => m.serials),
    cluster: true,
    plan: read.plan,
    issues: [{ severity: 'info', code: 'fleet-cluster', message: note, cite: COMBINE_CITE }, ...members.flatMap((m) => m.issues)],
    unmapped: members.flatMap((m) => m.unmapped),
  };
}

function readSource(source: BulkSource, startDate: string): BulkDevice[] {
  const groups = clusterCaptures(pairCaptures(splitCaptures(normalizeLines(source.text))));
  const devices: BulkDevice[] = [];
  for (const g of groups) {
    if (g.cluster) {
      const cluster = readCluster(g, source.name, startDate);
      if (typeof cluster !== 'string') devices.push(cluster);
      else for (const c of g.captures) devices.push(readGroup({ captures: [c], note: `read as a device of its own, not as a cluster member: ${cluster}` }, source.name, startDate));
      continue;
    }
    const read = readGroup(g, source.name, startDate);
    if (read.plan || !read.pair) {
      devices.push(read);
      continue;
    }
    // The two outputs do not make one plan (different models, …): each unit on its own, with the reason.
    const why = `read as two devices: as one failover pair they were refused (${read.refused.join('; ')})`;
    for (const c of g.captures) devices.push(readGroup({ captures: [c], note: why }, source.name, startDate));
  }
  return devices;
}

/** Reads every source; never throws. `startDate` (YYYY-MM-DD, normally today) is every plan's day 0. */
export function bulkImport(sources: readonly BulkSource[], startDate: string): BulkResult {
  const total = sources.reduce((n, s) => n + (typeof s.text === 'string' ? s.text.length : 0), 0);
  if (total > BULK_LIMITS.maxChars) {
    return {
      devices: [],
      issues: [
        {
          severity: 'error',
          code: 'fleet-import-too-large',
          message: `the texts hold ${(total / 1_048_576).toFixed(1)} MB; a bulk import reads at most ${BULK_LIMITS.maxChars / 1_048_576} MB (import the fleet in parts)`,
        },
      ],
    };
  }
  const devices: BulkDevice[] = [];
  for (const s of sources) {
    if (typeof s.text !== 'string') continue;
    devices.push(...readSource(s, startDate));
    if (devices.length > BULK_LIMITS.maxDevices) {
      return { devices: [], issues: [{ severity: 'error', code: 'fleet-import-too-many', message: `the texts hold more than ${BULK_LIMITS.maxDevices} devices; import the fleet in parts` }] };
    }
  }
  const issues: ImportIssue[] =
    devices.length === 0 ? [{ severity: 'error', code: 'fleet-import-empty', message: 'no device output found; paste or drop the output of show version or show license all of each device' }] : [];
  return { devices, issues };
}
