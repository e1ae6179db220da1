// Splits a bulk paste (a collection run's output, several devices' captures in one text) into one
// capture per device. A capture starts at a collection header ("=== fw-01 ===", "##### 10.0.0.1"),
// at a prompt of another host ("edge-2/pri/act# show version"), at a second "Cisco Adaptive
// Security Appliance Software Version" banner, or at an FTD "> show version". The lines keep their
// numbers in the original text, so every message can name the line the user pasted.
import { MAX_LINE_CHARS } from '../device-text/normalize-lines';
import { parsePrompt, serialOf } from '../device-text/sections';
import type { SourceLine } from '../device-text/types';

export interface Capture {
  /** The collection header's text, when the capture started at one. */
  header?: string;
  lines: SourceLine[];
  /** Host and failover role from the prompt (`edge/pri/act#`), or from "edge up 3 days". */
  hostname?: string;
  role?: 'primary' | 'secondary';
  serial?: string;
  /** The output shows the unit in a failover pair ("Failover cluster licensed features", "failover cluster up"). */
  failover: boolean;
  /** The unit prints the clustering license ("Cluster : Enabled") and its "Cluster Members" count (000 §"Licenses" tables). */
  clusterLicense?: boolean;
  clusterMembers?: number;
}

/** `=== name ===`, `### name`, `*** name ***`, `--- name ---` (text after whitespace; the FTD "---[ host ]---" is not one). */
const HEADER = /^\s*(={3,}|#{3,}|\*{3,}|-{3,})\s+(?!\[)(\S.*?)\s*(?:[=#*-]{3,})?\s*$/;
const BANNER = /^\s*Cisco Adaptive Security Appliance Software Version\b/;
const FTD_PROMPT = /^>\s*show\s/i;
const UPTIME = /^\s*(\S+) up \d+ (?:years?|days?|hours?|mins?|secs?)\b/i;
const ROLE = /^\s*(?:Failover unit|This host:)\s+(Primary|Secondary)\b/i;
const FAILOVER = /^\s*(Failover cluster licensed features for this platform:|failover cluster up\b)/i;
const CLUSTER_ENABLED = /^\s*Cluster\s*:\s*Enabled\b/i;
const CLUSTER_MEMBERS = /^\s*Cluster Members\s*:\s*(\d{1,3})\b/i;

export function headerOf(text: string): string | null {
  if (text.length > MAX_LINE_CHARS) return null;
  const m = HEADER.exec(text);
  return m && m[2] && /[A-Za-z0-9]/.test(m[2]) ? m[2] : null;
}

const hasContent = (c: Capture) => c.lines.some((l) => l.text.trim() !== '');
const hostKey = (p: { hostname: string; role?: string }) => `${p.hostname.toLowerCase()}|${p.role ?? ''}`;

/** Cleaned lines (as normalizeLines gives them) in, one capture per device out, in text order. */
export function splitCaptures(lines: readonly SourceLine[]): Capture[] {
  const captures: Capture[] = [];
  let current: Capture = { lines: [], failover: false };
  let currentHost: string | undefined;
  const start = (header?: string) => {
    if (hasContent(current) || current.header !== undefined) captures.push(current);
    current = { lines: [], failover: false, ...(header !== undefined ? { header } : {}) };
    currentHost = undefined;
  };
  for (const l of lines) {
    const text = l.text;
    const header = headerOf(text);
    if (header !== null) {
      start(header);
      continue;
    }
    const prompt = text.trim() === '' || text.length > MAX_LINE_CHARS ? null : parsePrompt(text);
    if (prompt) {
      const key = hostKey(prompt);
      if (currentHost !== undefined && currentHost !== key) start();
      else if (currentHost === undefined && hasContent(current) && current.header === undefined) start();
      currentHost = key;
      current.hostname ??= prompt.hostname;
      if (prompt.role) current.role ??= prompt.role;
    } else if (
      (BANNER.test(text) && current.lines.some((x) => BANNER.test(x.text) || /licensed features for this/i.test(x.text))) ||
      (FTD_PROMPT.test(text) && hasContent(current) && current.header === undefined)
    ) {
      start();
    }
    current.lines.push(l);
    readFacts(current, text);
  }
  start();
  return mergeBySerial(captures);
}

function readFacts(c: Capture, text: string): void {
  c.serial ??= serialOf(text);
  if (FAILOVER.test(text)) c.failover = true;
  if (CLUSTER_ENABLED.test(text)) c.clusterLicense ??= true;
  const members = CLUSTER_MEMBERS.exec(text)?.[1];
  if (members !== undefined) c.clusterMembers ??= Number(members);
  const role = ROLE.exec(text)?.[1];
  if (role) c.role ??= role.toLowerCase() === 'primary' ? 'primary' : 'secondary';
  const up = UPTIME.exec(text)?.[1];
  if (up && up.toLowerCase() !== 'failover') c.hostname ??= up;
}

/** Captures of one serial number (show version under one header, show license all under another) are one device. */
function mergeBySerial(captures: Capture[]): Capture[] {
  const bySerial = new Map<string, Capture>();
  const out: Capture[] = [];
  for (const c of captures) {
    const first = c.serial ? bySerial.get(c.serial) : undefined;
    if (!first) {
      if (c.serial) bySerial.set(c.serial, c);
      out.push(c);
      continue;
    }
    first.lines.push(...c.lines);
    first.failover ||= c.failover;
    first.clusterLicense ??= c.clusterLicense;
    first.clusterMembers ??= c.clusterMembers;
    first.hostname ??= c.hostname;
    first.role ??= c.role;
  }
  return out.filter((c) => hasContent(c) || c.header !== undefined);
}

/** The capture's text as the single-device importer reads it, and the original line of each of its lines. */
export function captureText(captures: readonly Capture[]): { text: string; lineMap: number[] } {
  const lines = captures.flatMap((c) => c.lines);
  return { text: lines.map((l) => l.text).join('\n'), lineMap: lines.map((l) => l.line) };
}
