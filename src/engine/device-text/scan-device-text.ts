// Reads cleaned lines into facts per device, and says for every non-blank line what became of it.
import { boilerplateReason } from './device-boilerplate';
import { labelRule } from './feature-labels';
import { ruleValue } from './feature-observation';
import { dedupeRows } from './dedupe-rows';
import { describeValue, parseRow, type ParsedRow } from './feature-row';
import { hardwareClue, modelIdClue, platformLine, udiClue } from './model-lines';
import { MAX_LINE_CHARS } from './normalize-lines';
import { mixedSerials, splitSections, type Section } from './sections';
import { readSmartLine, type SmartPart } from './smart-lines';
import type { DeviceFacts, FeatureObservation, ImportIssue, KeyListing, SourceLine, UnmappedLine } from './types';

export interface ScanResult {
  devices: DeviceFacts[];
  unmapped: UnmappedLine[];
  issues: ImportIssue[];
}

type Mode = { kind: 'none' } | { kind: 'block'; block: 'own' | 'combined' } | { kind: 'keys'; active: boolean; current?: KeyListing };

const HEX_KEY = /^\s*(0x[0-9a-f]{1,8}(?:\s+0x[0-9a-f]{1,8}){4})\s*$/i;
const PLANNED_KEY = /^\s*Planned time-based key "([A-Za-z0-9][A-Za-z0-9._:-]{0,63})"/;
const READ_COMMANDS = /^sh(?:o(?:w)?)?\s+(ver|act|lic|run\S*\s+lic|fail|inv)/i;

function newDevice(key: string): DeviceFacts {
  return { key, modelClues: [], tierLines: [], own: [], combined: [], keys: [], runningKeys: [], smart: { seen: false, entitlements: [] }, issues: [] };
}

const located = <T>(value: T, l: SourceLine) => ({ value, line: l.line, text: l.text });

class SectionScanner {
  private mode: Mode = { kind: 'none' };
  private blankInBlock = false;
  private lastBlock: 'own' | 'combined' = 'own';
  private smartPart: SmartPart = 'other';
  private entitlement: number | undefined;

  constructor(
    private readonly d: DeviceFacts,
    private readonly section: Section,
    private readonly unmapped: UnmappedLine[],
  ) {}

  private ignore(l: SourceLine, reason: string): void {
    this.unmapped.push({ line: l.line, text: l.text, reason, kind: 'ignored' });
  }

  private unknown(l: SourceLine, reason: string): void {
    this.unmapped.push({ line: l.line, text: l.text, reason, kind: 'unrecognized' });
  }

  private issue(severity: ImportIssue['severity'], code: string, l: SourceLine, message: string, cite?: string): void {
    this.d.issues.push({ severity, code, line: l.line, message: `line ${l.line}: ${message}`, ...(cite ? { cite } : {}) });
  }

  scan(): void {
    const p = this.section.prompt;
    if (p) {
      if (p.role && !this.d.role) this.d.role = { value: p.role, line: p.line, text: p.text };
      if (!this.d.hostname) this.d.hostname = p.hostname;
      if (p.command !== '' && !READ_COMMANDS.test(p.command))
        this.ignore({ line: p.line, text: p.text }, `the output of "${p.command}" is not read; the importer reads show version, show activation-key, show license and show running-config license`);
    }
    for (const l of this.section.lines) {
      if (l.text.trim() === '') {
        // A blank line, a lone pager prompt or a bare CR inside a features table does not end it
        // (issue 25): the next line that is not a known license row does.
        if (this.mode.kind === 'block') this.blankInBlock = true;
        continue;
      }
      if (l.text.length > MAX_LINE_CHARS) {
        this.unknown({ line: l.line, text: `${l.text.slice(0, 80)}…` }, `longer than ${MAX_LINE_CHARS} characters, which no line of the license commands is`);
        continue;
      }
      if (this.mode.kind === 'block' && this.blockLine(l, this.mode.block)) continue;
      if (this.mode.kind === 'keys' && this.keyLine(l, this.mode)) continue;
      this.mode = { kind: 'none' };
      this.generalLine(l);
    }
  }

  /** A feature row of a Licensed features block; false when the line ends the block. */
  private blockLine(l: SourceLine, block: 'own' | 'combined'): boolean {
    const row = parseRow(l.text);
    if (!row || /^(Serial Number|Hardware|Running|This platform)/i.test(row.label)) return false;
    // After a blank line, only a label the importer knows continues the table.
    if (this.blankInBlock && !labelRule(row.label)) return false;
    this.featureRow(l, row, block === 'own' ? this.d.own : this.d.combined, block);
    return true;
  }

  private keyLine(l: SourceLine, mode: Extract<Mode, { kind: 'keys' }>): boolean {
    const hex = HEX_KEY.exec(l.text)?.[1];
    const planned = PLANNED_KEY.exec(l.text)?.[1];
    if (hex !== undefined || planned !== undefined) {
      const key: KeyListing = { line: l.line, text: l.text, active: mode.active, rows: [], ...(hex ? { hex: hex.replace(/\s+/g, ' ') } : {}), ...(planned ? { plannedId: planned } : {}) };
      this.d.keys.push(key);
      mode.current = key;
      return true;
    }
    const row = parseRow(l.text);
    if (!row || /Timebased Activation Key/i.test(l.text)) return false;
    if (!mode.current) {
      this.unknown(l, 'a feature row in the time-based key listing before any key');
      return true;
    }
    this.featureRow(l, row, mode.current.rows, 'key');
    return true;
  }

  private featureRow(l: SourceLine, row: ParsedRow, into: FeatureObservation[], block: FeatureObservation['block']): void {
    const rule = labelRule(row.label);
    if (!rule) {
      this.unknown(l, `"${row.label}" is not a license label the importer knows`);
      return;
    }
    if (rule.kind === 'ignored') {
      this.ignore(l, `${row.label}: ${rule.reason}`);
      return;
    }
    if (rule.kind === 'shared-peers') {
      if (row.value.kind === 'number') this.d.sharedPeers = located(row.value.n, l);
      else this.issue('error', 'import-bad-value', l, `"${describeValue(row.value)}" is not a number of shared AnyConnect Premium peers`, rule.cite);
      return;
    }
    if (rule.kind === 'des') {
      if (row.value.kind === 'disabled') this.d.desDisabled = located(true as const, l);
      else if (row.value.kind !== 'enabled') this.issue('error', 'import-bad-value', l, `"${describeValue(row.value)}" is not Enabled or Disabled (${row.label})`, rule.cite);
      return;
    }
    const { feature, result } = ruleValue(rule, row);
    if (!result.ok) {
      this.issue('error', 'import-bad-value', l, `${result.reason}; the importer cannot read this row`, rule.cite);
      return;
    }
    if (rule.kind === 'cluster-members') {
      const cluster = [...into].reverse().find((o) => o.feature === 'clustering');
      if (cluster && cluster.value === true) {
        cluster.value = result.value;
        cluster.text = `${cluster.text} / ${l.text.trim()}`;
        return;
      }
    }
    into.push({ line: l.line, text: l.text, label: row.label, feature, value: result.value, duration: row.duration, block });
  }

  private generalLine(l: SourceLine): void {
    const t = l.text;
    const d = this.d;
    const banner = /^\s*Cisco Adaptive Security Appliance Software Version\s+(\d{1,2}\.\d{1,2}(?:\(\d+\)\d*)?)\S*(?:\s+<(system|context)>)?/i.exec(t);
    if (banner && banner[1]) {
      d.software ??= located(banner[1], l);
      if (banner[2]) {
        d.contextMode ??= located('multiple' as const, l);
        if (banner[2].toLowerCase() === 'context') d.userContext ??= located(true as const, l);
      }
      return;
    }
    const head = /^\s*(Failover cluster licensed|Licensed) features for this (platform|user context):\s*$/i.exec(t);
    if (head && head[1] && head[2]) {
      const block = /^failover/i.test(head[1]) ? 'combined' : 'own';
      this.mode = { kind: 'block', block };
      this.blankInBlock = false;
      this.lastBlock = block;
      if (block === 'combined') d.combinedHeading ??= l.line;
      if (/user context/i.test(head[2])) d.userContext ??= located(true as const, l);
      return;
    }
    const keyHead = /^\s*(Active|Inactive) Timebased Activation Keys?:\s*$/i.exec(t);
    if (keyHead && keyHead[1]) {
      this.mode = { kind: 'keys', active: keyHead[1].toLowerCase() === 'active' };
      return;
    }
    const platform = platformLine(l.line, t);
    if (platform) {
      d.tierLines.push({ line: l.line, text: t, tier: platform.tier, block: this.lastBlock });
      if (platform.clue) d.modelClues.push(platform.clue);
      return;
    }
    const hw = hardwareClue(l.line, t);
    if (hw) {
      d.modelClues.push(hw);
      const mb = /,\s*(\d+)\s*MB RAM/i.exec(t)?.[1];
      if (mb && hw.model === 'asav') d.memoryGB = located(Math.round((Number(mb) / 1024) * 10) / 10, l);
      return;
    }
    const modelId = modelIdClue(l.line, t);
    if (modelId) {
      d.modelClues.push(modelId);
      return;
    }
    const udi = udiClue(l.line, t);
    if (udi) {
      d.modelClues.push(udi.clue);
      if (udi.serial) d.serial ??= located(udi.serial, l);
      return;
    }
    const serial = /^\s*Serial Number:\s*([A-Za-z0-9]+)\s*$/.exec(t)?.[1];
    if (serial) {
      d.serial ??= located(serial, l);
      return;
    }
    const running = /^\s*Running (Permanent |Timebased )?Activation Key:\s*(.*)$/i.exec(t);
    if (running) {
      const words = (running[2] ?? '').match(/0x[0-9a-f]+/gi) ?? [];
      const hex = words.join(' ');
      if (/timebased/i.test(running[1] ?? '')) {
        const days = /(\d+)\s*days?/i.exec(running[2] ?? '')?.[1];
        d.runningKeys.push(located({ hex, ...(days ? { days: Number(days) } : {}) }, l));
      } else {
        d.permanentKey = located({ hex, allZero: words.length > 0 && words.every((w) => /^0x0+$/i.test(w)) }, l);
      }
      return;
    }
    if (/^\s*The flash (permanent )?activation key is the SAME as the running/i.test(t)) return;
    if (/^\s*The flash (permanent )?activation key is DIFFERENT from the running/i.test(t)) {
      this.issue(
        'warning',
        'import-flash-key-differs',
        l,
        'the activation key in flash differs from the running key: after a reload the device runs the flash key; the plan uses the running license',
        '000 §"Activate or Deactivate Keys"',
      );
      return;
    }
    if (/^\s*The Running Activation Key (feature|is not valid)/i.test(t)) {
      this.issue('warning', 'import-device-adjusted-license', l, `the device reports "${t.trim()}"; the plan uses the catalog's limits for the model`);
      return;
    }
    const uptime = /^\s*(\S+) up (\d+ (?:years?|days?|hours?|mins?|secs?)\s*)+$/i.exec(t);
    if (uptime && uptime[1]) {
      if (uptime[1].toLowerCase() === 'failover') return;
      d.hostname ??= uptime[1];
      return;
    }
    if (/^\s*failover cluster up\b/i.test(t)) {
      d.failoverUp ??= located(true as const, l);
      return;
    }
    const role = /^\s*(?:Failover unit|This host:)\s+(Primary|Secondary)\b/i.exec(t)?.[1];
    if (role) {
      d.role ??= located(role.toLowerCase() === 'primary' ? 'primary' : 'secondary', l);
      return;
    }
    if (/^\s*License mode:\s*Smart Licensing/i.test(t)) {
      d.smart.seen = true;
      return;
    }
    const smart = readSmartLine(l.line, t, this.smartPart, d.smart, this.entitlement);
    if (smart.part) {
      this.smartPart = smart.part;
      this.entitlement = undefined;
    }
    if (smart.entitlementIndex !== undefined) this.entitlement = smart.entitlementIndex;
    if (smart.warning) this.issue('warning', 'import-smart-compliance', l, smart.warning, '001 §"Out-of-Compliance State"');
    if (smart.mapped) return;
    const reason = boilerplateReason(t);
    if (reason) {
      this.ignore(l, reason);
      return;
    }
    const row = parseRow(t);
    if (row && labelRule(row.label)) {
      this.unknown(l, `a license row outside a "Licensed features for this platform:" block`);
      return;
    }
    const cmd = this.section.prompt?.command;
    if (cmd && !READ_COMMANDS.test(cmd)) this.ignore(l, `output of "${cmd}", which the importer does not read`);
    else this.unknown(l, 'not a line of show version, show activation-key or show license output that the importer knows');
  }
}

export function scanDeviceText(lines: readonly SourceLine[]): ScanResult {
  const sections = splitSections(lines);
  const devices = new Map<string, DeviceFacts>();
  const unmapped: UnmappedLine[] = [];
  const issues: ImportIssue[] = [];
  for (const section of sections) {
    const mixed = mixedSerials(section);
    if (mixed.length > 0) {
      const [a, b] = mixed;
      issues.push({
        severity: 'error',
        code: 'import-serials-mixed',
        line: b?.line,
        message: `line ${a?.line} and line ${b?.line}: two different serial numbers without a prompt between them; paste each unit's output after its prompt (for example "asa/pri/act# show version")`,
      });
    }
    let device = devices.get(section.device);
    if (!device) {
      device = newDevice(section.device);
      devices.set(section.device, device);
    }
    new SectionScanner(device, section, unmapped).scan();
  }
  for (const d of devices.values()) {
    d.own = dedupeRows(d.own, d.issues);
    d.combined = dedupeRows(d.combined, d.issues);
  }
  unmapped.sort((a, b) => a.line - b.line);
  return { devices: [...devices.values()], unmapped, issues };
}
