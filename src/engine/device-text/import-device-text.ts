// importDeviceText: pasted ASA output (show version, show activation-key, show license all,
// show running-config license) in, a plan out — with every line it did not use and why.
import { PAK_MODELS } from '../catalog/pak/index';
import { isPakModelId, modelName } from '../catalog/lookup';
import { LIMITS, PLAN_FORMAT, type Plan, type Unit } from '../plan/schema';
import type { ModelId } from '../types';
import { normalizeLines, MAX_INPUT_CHARS } from './normalize-lines';
import { asPakRows, readPakUnit } from './pak-unit';
import { deriveOtherUnit } from './failover-secondary';
import { foreignPlatform } from './foreign-platform';
import { resolveModel } from './resolve-model';
import { scanDeviceText } from './scan-device-text';
import { readSmartUnit, smartStandbyUnit } from './smart-unit';
import type { DeviceFacts, ImportIssue, ImportOptions, ImportResult, UnmappedLine } from './types';
import { verifyPlan, type PrintedLicense } from './verify-plan';

const COMBINE = '000 §"How Failover or ASA Cluster Licenses Combine"';

function validStartDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const failed = (issues: ImportIssue[], unmapped: UnmappedLine[] = []): ImportResult => ({ plan: null, unmapped, issues });

function hasContent(d: DeviceFacts): boolean {
  return d.modelClues.length > 0 || d.own.length > 0 || d.combined.length > 0 || d.keys.length > 0 || d.smart.seen || d.tierLines.length > 0;
}

function hasLicenseLines(d: DeviceFacts): boolean {
  return d.own.length > 0 || d.combined.length > 0 || d.keys.length > 0 || d.tierLines.length > 0 || d.smart.seen || d.smart.entitlements.length > 0;
}

interface BuiltUnit {
  unit: Unit;
  printed: PrintedLicense[];
}

function buildUnit(d: DeviceFacts, model: ModelId, id: string, issues: ImportIssue[]): BuiltUnit {
  if (isPakModelId(model)) {
    const read = readPakUnit(d, PAK_MODELS[model], id);
    issues.push(...read.issues.map((i) => ({ ...i, unit: i.unit ?? id })));
    return { unit: read.unit, printed: [{ unit: id, rows: read.own, block: 'own', units: 1 }] };
  }
  const read = readSmartUnit(d, model, id);
  issues.push(...read.issues.map((i) => ({ ...i, unit: i.unit ?? id })));
  // A Smart ASA prints its platform's AnyConnect limit; the plan's peers follow the Secure Client licenses.
  return { unit: read.unit, printed: [{ unit: id, rows: d.own.filter((r) => r.feature !== 'anyconnect-peers'), block: 'own', units: 1 }] };
}

/** This unit and the other one derived from the failover cluster block; primary first. */
function pairFromOneDevice(d: DeviceFacts, model: ModelId, issues: ImportIssue[]): { units: Unit[]; printed: PrintedLicense[] } {
  const thisIsSecondary = d.role?.value === 'secondary';
  const thisId = thisIsSecondary ? 'secondary' : 'primary';
  const otherId = thisIsSecondary ? 'primary' : 'secondary';
  if (!d.role)
    issues.push({
      severity: 'info',
      code: 'import-role-assumed',
      message: 'the output does not say whether it comes from the primary or the secondary unit (a failover prompt such as "asa/pri/act#" would); assumed the primary',
      cite: COMBINE,
    });
  const mine = buildUnit(d, model, thisId, issues);
  const combinedLine = d.combinedHeading ?? d.combined[0]!.line;
  let other: Unit;
  if ('permanent' in mine.unit) {
    const pak = PAK_MODELS[mine.unit.model];
    const derived = deriveOtherUnit({
      id: otherId,
      model: pak,
      tier: pak.tiers[mine.unit.permanent.tier] ?? pak.tiers.base!,
      software: mine.unit.software,
      own: asPakRows(d.own),
      ownPermanent: mine.unit.permanent.features,
      combined: asPakRows(d.combined),
      combinedLine,
    });
    issues.push(...derived.issues);
    other = derived.unit;
  } else {
    const derived = smartStandbyUnit(mine.unit, otherId);
    issues.push(...derived.issues);
    other = derived.unit;
  }
  const units = thisIsSecondary ? [other, mine.unit] : [mine.unit, other];
  return { units, printed: [...mine.printed, { rows: isPakModelId(model) ? asPakRows(d.combined) : d.combined, block: 'combined', units: 2 }] };
}

function orderPair(devices: DeviceFacts[], issues: ImportIssue[]): [DeviceFacts, DeviceFacts] {
  const [a, b] = devices as [DeviceFacts, DeviceFacts];
  if (a.role?.value === 'secondary' || b.role?.value === 'primary') return [b, a];
  if (!a.role && !b.role) issues.push({ severity: 'info', code: 'import-role-assumed', message: 'neither output says which unit is the primary; assumed the first one pasted', cite: COMBINE });
  return [a, b];
}

function importText(text: string, options: ImportOptions): ImportResult {
  const lines = normalizeLines(text);
  if (lines.every((l) => l.text.trim() === ''))
    return failed([{ severity: 'error', code: 'import-empty', message: 'the text is empty; paste the output of show version, show activation-key or show license all' }]);
  const foreign = foreignPlatform(lines);
  if (foreign) return failed([foreign]);
  const scan = scanDeviceText(lines);
  const issues: ImportIssue[] = [...scan.issues];
  const devices = scan.devices.filter(hasContent);
  issues.push(...devices.flatMap((d) => d.issues));
  if (devices.length === 0)
    return failed(
      [
        ...issues,
        {
          severity: 'error',
          code: 'import-no-model',
          message: 'nothing in the text is ASA license output: no "Licensed features for this platform:" block, no "Hardware:" line and no show license output',
        },
      ],
      scan.unmapped,
    );
  if (devices.length > 2)
    return failed(
      [
        ...issues,
        {
          severity: 'error',
          code: 'import-too-many-devices',
          message: `the text holds output of ${devices.length} devices (serial numbers ${devices.map((d) => d.key).join(', ')}); the importer reads one unit or one failover pair`,
        },
      ],
      scan.unmapped,
    );
  if (issues.some((i) => i.severity === 'error')) return failed(issues, scan.unmapped);

  const models: ModelId[] = [];
  for (const d of devices) {
    const r = resolveModel(d);
    issues.push(...r.issues);
    if (!r.ok) return failed(issues, scan.unmapped);
    models.push(r.model);
  }
  if (models.length === 2 && models[0] !== models[1]) {
    return failed(
      [
        ...issues,
        {
          severity: 'error',
          code: 'import-model-conflict',
          message: `the two units are different models (${modelName(models[0]!)} and ${modelName(models[1]!)}); a failover pair is two units of the same model`,
        },
      ],
      scan.unmapped,
    );
  }
  const model = models[0]!;
  // Issue 24 item 10: a header without a single license line would import nothing but assumptions.
  if (devices.every((d) => !hasLicenseLines(d))) {
    return failed(
      [
        ...issues,
        {
          severity: 'error',
          code: 'import-no-license-lines',
          message: `the text names the ${modelName(model)} but has no license lines (no "Licensed features for this platform:" block, no "This platform has a … license." line, no show license output); paste the whole show version or show activation-key output`,
          cite: '000 §"Monitoring PAK Licenses"',
        },
      ],
      scan.unmapped,
    );
  }

  let units: Unit[];
  let printed: PrintedLicense[];
  let ordered = devices;
  let mode: Plan['deployment']['mode'] = 'standalone';
  if (devices.length === 2) {
    const [p, s] = orderPair(devices, issues);
    ordered = [p, s];
    const a = buildUnit(p, model, 'primary', issues);
    const b = buildUnit(s, model, 'secondary', issues);
    units = [a.unit, b.unit];
    printed = [...a.printed, ...b.printed];
    const combined = p.combined.length > 0 ? p : s.combined.length > 0 ? s : undefined;
    if (combined) printed.push({ rows: isPakModelId(model) ? asPakRows(combined.combined) : combined.combined, block: 'combined', units: 2 });
    mode = 'failover';
  } else {
    const d = devices[0]!;
    if (d.combined.length > 0) {
      ({ units, printed } = pairFromOneDevice(d, model, issues));
      mode = 'failover';
    } else {
      const id = unitId(d.hostname);
      const built = buildUnit(d, model, id, issues);
      units = [built.unit];
      printed = built.printed;
      if (d.failoverUp)
        issues.push({
          severity: 'warning',
          code: 'import-failover-block-missing',
          line: d.failoverUp.line,
          message: `line ${d.failoverUp.line}: this unit is in a failover pair, but the output has no "Failover cluster licensed features for this platform:" block; it is imported as a standalone unit`,
          cite: COMBINE,
        });
    }
  }
  if (issues.some((i) => i.severity === 'error')) return failed(issues, scan.unmapped);
  if (mode === 'failover')
    issues.push({
      severity: 'info',
      code: 'import-failover-mode-assumed',
      message: 'license output does not say whether failover is Active/Standby or Active/Active; assumed Active/Standby',
      cite: COMBINE,
    });

  const multiple = devices.find((d) => d.contextMode)?.contextMode;
  const longest = Math.max(0, ...units.flatMap((u) => ('timeBased' in u ? u.timeBased.map((k) => k.days) : [])));
  const serials = ordered.map((d) => d.serial?.value).filter((s): s is string => s !== undefined);
  const plan: Plan = {
    format: PLAN_FORMAT,
    name: (options.name ?? `Imported ${modelName(model)}${serials.length ? ` (serial ${serials.join(', ')})` : ''}`).slice(0, LIMITS.maxNameLength),
    startDate: options.startDate,
    horizonDays: Math.min(LIMITS.maxDay, Math.max(1095, longest)),
    deployment: {
      mode,
      ...(mode === 'failover' ? { failover: 'active-standby' as const } : {}),
      contextMode: multiple ? 'multiple' : 'single',
      units,
    },
    events: [],
  };
  if (multiple)
    issues.push({
      severity: 'info',
      code: 'import-multiple-context',
      line: multiple.line,
      message: `line ${multiple.line}: the device runs in multiple context mode`,
      cite: '000 §"Monitoring PAK Licenses"',
    });
  const verified = verifyPlan(plan, printed, new Set(issues.map((i) => i.line).filter((l): l is number => l !== undefined)));
  issues.push(...verified);
  if (verified.some((i) => i.severity === 'error')) return failed(issues, scan.unmapped);
  return { plan, unmapped: scan.unmapped, issues };
}

/** A unit id from the device's hostname (ids allow letters, digits, ".", "_", ":" and "-"). */
function unitId(hostname: string | undefined): string {
  const id = (hostname ?? '')
    .replace(/[^A-Za-z0-9._:-]/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, LIMITS.maxIdLength);
  return id === '' ? 'fw' : id;
}

/**
 * Reads ASA / Firepower license output into a plan. Pure: no clock, no I/O; never throws — every
 * problem is an issue, and an error issue means `plan` is null.
 */
export function importDeviceText(text: string, options: ImportOptions): ImportResult {
  if (typeof text !== 'string') return failed([{ severity: 'error', code: 'import-not-text', message: 'the input is not text' }]);
  if (text.length > MAX_INPUT_CHARS) {
    return failed([
      {
        severity: 'error',
        code: 'import-too-large',
        message: `the text is ${(text.length / 1_048_576).toFixed(1)} MB; the importer reads at most 1 MB — paste only show version, show activation-key or show license all`,
      },
    ]);
  }
  if (!validStartDate(options?.startDate)) {
    return failed([
      {
        severity: 'error',
        code: 'import-start-date',
        message: `startDate ${JSON.stringify(options?.startDate)} is not a calendar date written YYYY-MM-DD (pass today's date: remaining days count from it)`,
      },
    ]);
  }
  try {
    return importText(text, options);
  } catch (e) {
    return failed([{ severity: 'error', code: 'import-internal', message: `the importer failed on this text (${e instanceof Error ? e.message : String(e)}); please report it with the text` }]);
  }
}
