// Splits pasted output into sections (one command's output each) and groups them by device:
// a paste may hold both units of a failover pair, told apart by serial number and prompt.
import { MAX_LINE_CHARS } from './normalize-lines';
import type { SourceLine } from './types';

export interface Prompt {
  hostname: string;
  /** From a failover prompt such as `asa/pri/act#` (`prompt hostname priority state`). */
  role?: 'primary' | 'secondary';
  command: string;
}

export interface Section {
  prompt?: Prompt & { line: number; text: string };
  lines: SourceLine[];
  /** The device the section belongs to (its serial number, or a stand-in). */
  device: string;
}

const PROMPT = /^([A-Za-z0-9][\w.-]*(?:\/[\w.-]+)*)\s?(?:\([\w-]+\))?[#>]\s*(.*)$/;
const BANNER = /^\s*Cisco Adaptive Security Appliance Software Version\b/;
const SERIAL = /^\s*Serial Number:\s*([A-Za-z0-9]+)/;
const UDI_SERIAL = /\bPID:\s*[A-Za-z0-9-]+\s*,\s*SN:\s*([A-Za-z0-9]+)/;

export function parsePrompt(text: string): Prompt | null {
  const m = PROMPT.exec(text);
  if (!m || !m[1]) return null;
  const parts = m[1].split('/');
  const role = parts.slice(1).find((p) => /^(pri|primary|sec|secondary)$/i.test(p));
  const hostname = parts[0] ?? m[1];
  return { hostname, ...(role ? { role: /^pri/i.test(role) ? 'primary' : 'secondary' } : {}), command: (m[2] ?? '').trim() };
}

export function serialOf(text: string): string | undefined {
  if (text.length > MAX_LINE_CHARS) return undefined;
  return SERIAL.exec(text)?.[1] ?? UDI_SERIAL.exec(text)?.[1];
}

export function splitSections(lines: readonly SourceLine[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { lines: [], device: '' };
  const hasContent = (s: Section) => s.lines.some((l) => l.text.trim() !== '');
  for (const l of lines) {
    const prompt = l.text.trim() === '' || l.text.length > MAX_LINE_CHARS ? null : parsePrompt(l.text);
    if (prompt) {
      if (current.prompt || hasContent(current)) sections.push(current);
      current = { prompt: { ...prompt, line: l.line, text: l.text }, lines: [], device: '' };
      continue;
    }
    // Two show version outputs pasted without a prompt between them.
    if (BANNER.test(l.text) && current.lines.some((x) => BANNER.test(x.text) || /licensed features for this/i.test(x.text))) {
      sections.push(current);
      current = { lines: [], device: '' };
    }
    current.lines.push(l);
  }
  if (current.prompt || hasContent(current)) sections.push(current);
  assignDevices(sections);
  return sections;
}

/** Sections with a serial number belong to it; others follow a section of the same hostname, else the one before. */
function assignDevices(sections: Section[]): void {
  const serials = sections.map((s) => {
    const found = new Set(s.lines.map((l) => serialOf(l.text)).filter((x): x is string => x !== undefined));
    return [...found];
  });
  const distinct = new Set(serials.flat());
  if (distinct.size <= 1) {
    const only = [...distinct][0] ?? 'device';
    for (const s of sections) s.device = only;
    return;
  }
  const byHost = new Map<string, string>();
  sections.forEach((s, i) => {
    const serial = serials[i]![0];
    if (serial && s.prompt && !byHost.has(s.prompt.hostname)) byHost.set(s.prompt.hostname, serial);
  });
  let previous: string | undefined;
  sections.forEach((s, i) => {
    const own = serials[i]![0];
    const viaHost = s.prompt ? byHost.get(s.prompt.hostname) : undefined;
    const next = serials.slice(i + 1).find((x) => x.length > 0)?.[0];
    s.device = own ?? viaHost ?? previous ?? next ?? 'device';
    previous = s.device;
  });
}

/** Serial numbers that one section holds more than one of (pasted without a prompt between). */
export function mixedSerials(section: Section): SourceLine[] {
  const seen = new Map<string, SourceLine>();
  for (const l of section.lines) {
    const s = serialOf(l.text);
    if (s && !seen.has(s)) seen.set(s, l);
  }
  return seen.size > 1 ? [...seen.values()] : [];
}
