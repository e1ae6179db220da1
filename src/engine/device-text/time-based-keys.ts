// Time-based keys: from the show activation-key listing when it is there (each key with its own
// values and remaining days), else from the rows of show version that print "N days".
import { FEATURES } from '../catalog/features';
import type { FeatureSpec, PakModel, TierSpec } from '../catalog/types';
import type { TimeBasedKey } from '../plan/schema';
import { featureValueProblem } from '../rules/feature-values';
import { NO_TIME_BASED_CITE } from '../plan/validate-pak-unit';
import type { FeatureId, FeatureValue } from '../types';
import { isDefault, quoteLine, showValue, specOf } from './catalog-values';
import type { DeviceFacts, FeatureObservation, ImportIssue, KeyListing } from './types';

const COMBINE = '000 §"How Permanent and Time-Based Licenses Combine"';
const MONITOR = '000 §"Monitoring PAK Licenses"';

export interface KeysRead {
  keys: TimeBasedKey[];
  /** Permanent values recovered from a running value and the active keys (added features). */
  permanent: Partial<Record<FeatureId, FeatureValue>>;
  issues: ImportIssue[];
}

const numericChoices = (spec: FeatureSpec): number[] => [spec.default, ...(spec.options ?? [])].filter((v): v is number => typeof v === 'number');

/**
 * Permanent + time-based values that add up (capped at the platform limit) to the running value,
 * the table default first: 000 §"How Permanent and Time-Based Licenses Combine" — "added … up to the platform limit".
 */
export function splitAddedValue(spec: FeatureSpec, running: number): { permanent: number; key: number }[] {
  const limit = spec.limit ?? Number.POSITIVE_INFINITY;
  const choices = numericChoices(spec);
  const out: { permanent: number; key: number }[] = [];
  for (const p of choices) for (const k of choices) if (k > 0 && Math.min(p + k, limit) === running) out.push({ permanent: p, key: k });
  return out.sort((a, b) => (a.permanent === spec.default ? -1 : 0) - (b.permanent === spec.default ? -1 : 0) || a.permanent - b.permanent);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base.slice(0, 60);
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
  taken.add(id);
  return id;
}

function keyFromListing(listing: KeyListing, model: PakModel, tier: TierSpec, taken: Set<string>, issues: ImportIssue[]): TimeBasedKey | null {
  const where = `line ${listing.line}`;
  const features: Record<string, FeatureValue> = {};
  const days = listing.rows.map((r) => (r.duration.kind === 'days' ? r.duration.days : null)).filter((x): x is number => x !== null);
  for (const row of listing.rows) {
    const problem = featureValueProblem(model, tier, row.feature, row.value, 'time-based');
    if (problem) {
      issues.push({ severity: 'error', code: 'import-value-not-allowed', line: row.line, message: `line ${row.line}: "${quoteLine(row.text)}" — ${problem}`, cite: COMBINE });
      continue;
    }
    features[row.feature] = row.value;
  }
  if (listing.rows.length === 0) {
    issues.push({ severity: 'warning', code: 'import-key-without-features', line: listing.line, message: `${where}: a time-based key is listed without feature rows; it is left out of the plan` });
    return null;
  }
  if (days.length === 0 || days.some((n) => n <= 0)) {
    issues.push({ severity: 'warning', code: 'import-key-days-unknown', line: listing.line, message: `${where}: the key's rows show no remaining days; it is left out of the plan`, cite: MONITOR });
    return null;
  }
  const remaining = Math.min(...days);
  if (new Set(days).size > 1)
    issues.push({
      severity: 'warning',
      code: 'import-key-days-differ',
      line: listing.line,
      message: `${where}: the rows of one key show different remaining days (${[...new Set(days)].join(', ')}); the plan uses ${remaining}`,
    });
  if (Object.keys(features).length === 0) return null;
  const base = listing.plannedId ?? (listing.hex ? `key-${listing.hex.split(' ')[0]!.replace(/^0x/i, '').toLowerCase()}` : `key-line-${listing.line}`);
  return {
    id: uniqueId(base, taken),
    features,
    days: remaining,
    installDay: 0,
    active: listing.active,
    evaluation: false,
    ...(listing.hex ? { note: `Activation key ${listing.hex}` } : {}),
  };
}

/** The permanent part of an added feature whose running value a time-based key raised. */
function permanentUnder(row: FeatureObservation, spec: FeatureSpec, keyTotal: number, issues: ImportIssue[]): number | null {
  const running = row.value as number;
  const limit = spec.limit ?? Number.POSITIVE_INFINITY;
  const choices = numericChoices(spec);
  const fits = choices.filter((p) => Math.min(p + keyTotal, limit) === running).sort((a, b) => a - b);
  const chosen = fits[0];
  if (chosen === undefined) {
    issues.push({
      severity: 'warning',
      code: 'import-permanent-unknown',
      line: row.line,
      message: `line ${row.line}: ${row.label} ${running} is not a permanent license plus the active keys' ${keyTotal}; the permanent value is left at the table default`,
      cite: COMBINE,
    });
    return null;
  }
  if (running === limit && fits.length > 1)
    issues.push({
      severity: 'info',
      code: 'import-permanent-capped',
      line: row.line,
      message: `line ${row.line}: ${row.label} is at the platform limit ${limit}, so the permanent license under the keys could be ${fits.join(', ')}; assumed ${chosen}`,
      cite: COMBINE,
    });
  return chosen;
}

function fromListing(d: DeviceFacts, model: PakModel, tier: TierSpec, rows: readonly FeatureObservation[], issues: ImportIssue[]): KeysRead {
  const taken = new Set<string>();
  const keys = d.keys.map((k) => keyFromListing(k, model, tier, taken, issues)).filter((k): k is TimeBasedKey => k !== null);
  const permanent: Partial<Record<FeatureId, FeatureValue>> = {};
  const hidden: string[] = [];
  for (const row of rows) {
    if (row.duration.kind !== 'days') continue;
    const spec = specOf(tier, row.feature);
    const active = keys.filter((k) => k.active && Object.hasOwn(k.features, row.feature));
    if (!spec || active.length === 0) {
      issues.push({
        severity: 'warning',
        code: 'import-days-without-key',
        line: row.line,
        message: `line ${row.line}: ${row.label} shows ${row.duration.days} days, but no active key in the listing has ${FEATURES[row.feature].label}`,
        cite: MONITOR,
      });
      continue;
    }
    const rule = FEATURES[row.feature].timeBased;
    if (rule === 'add-up-to-limit' && typeof row.value === 'number') {
      const total = active.reduce((s, k) => s + Number(k.features[row.feature]), 0);
      const p = permanentUnder(row, spec, total, issues);
      if (p !== null && p !== spec.default) permanent[row.feature] = p;
    } else if (rule === 'higher') {
      hidden.push(FEATURES[row.feature].label);
    }
  }
  if (hidden.length > 0)
    issues.push({
      severity: 'info',
      code: 'import-permanent-hidden',
      message: `${hidden.join(', ')}: the running value comes from a time-based key, which hides any smaller permanent value; the permanent license is assumed to be the table default`,
      cite: COMBINE,
    });
  return { keys, permanent, issues };
}

function fromRows(d: DeviceFacts, model: PakModel, tier: TierSpec, rows: readonly FeatureObservation[], issues: ImportIssue[]): KeysRead {
  const groups = new Map<number, FeatureObservation[]>();
  for (const row of rows) if (row.duration.kind === 'days') groups.set(row.duration.days, [...(groups.get(row.duration.days) ?? []), row]);
  const keys: TimeBasedKey[] = [];
  const permanent: Partial<Record<FeatureId, FeatureValue>> = {};
  const taken = new Set<string>();
  const assumed: string[] = [];
  for (const [days, group] of [...groups].sort((a, b) => a[0] - b[0])) {
    const features: Record<string, FeatureValue> = {};
    for (const row of group) {
      const spec = specOf(tier, row.feature);
      const rule = FEATURES[row.feature].timeBased;
      if (!spec || rule === 'not-time-based' || isDefault(spec, row.value)) {
        issues.push({
          severity: 'warning',
          code: 'import-days-ignored',
          line: row.line,
          message: `line ${row.line}: ${row.label} ${showValue(row.value)} with ${days} days is not a time-based license of the ${model.name} ${tier.name}; ignored`,
          cite: COMBINE,
        });
        continue;
      }
      let value: FeatureValue = row.value;
      if (rule === 'add-up-to-limit' && typeof row.value === 'number') {
        const splits = splitAddedValue(spec, row.value);
        const chosen = splits[0];
        if (!chosen) {
          issues.push({
            severity: 'error',
            code: 'import-value-not-allowed',
            line: row.line,
            message: `line ${row.line}: "${quoteLine(row.text)}" — ${row.value} is not a permanent ${row.label} license plus a time-based one for the ${model.name} ${tier.name} (licenses: ${numericChoices(spec).join(', ')})`,
            cite: COMBINE,
          });
          continue;
        }
        if (chosen.permanent !== spec.default) permanent[row.feature] = chosen.permanent;
        if (splits.length > 1)
          issues.push({
            severity: 'warning',
            code: 'import-key-split-assumed',
            line: row.line,
            message: `line ${row.line}: ${row.label} ${row.value} could be ${splits.map((s) => `${s.permanent} permanent + ${s.key} time-based`).join(' or ')}; assumed ${chosen.permanent} + ${chosen.key} — paste show activation-key for the key's own value`,
            cite: COMBINE,
          });
        value = chosen.key;
      } else if (rule === 'higher') {
        assumed.push(row.label);
      }
      const problem = featureValueProblem(model, tier, row.feature, value, 'time-based');
      if (problem) {
        issues.push({ severity: 'error', code: 'import-value-not-allowed', line: row.line, message: `line ${row.line}: "${quoteLine(row.text)}" — ${problem}`, cite: COMBINE });
        continue;
      }
      features[row.feature] = value;
    }
    if (Object.keys(features).length === 0) continue;
    keys.push({
      id: uniqueId(`tb-${days}d`, taken),
      features,
      days,
      installDay: 0,
      active: true,
      evaluation: false,
      note: `From show version rows with ${days} days left (line ${group.map((r) => r.line).join(', ')})`,
    });
  }
  if (keys.length > 0) {
    issues.push({
      severity: 'info',
      code: 'import-keys-from-rows',
      message: `time-based keys are read from the show version rows that print remaining days (one key per distinct number of days); inactive keys and keys weaker than the permanent license are not printed there — paste show activation-key for the full list`,
      cite: MONITOR,
    });
    if (d.runningKeys.length === keys.length && keys.length === 1 && d.runningKeys[0]!.value.hex) keys[0]!.note = `Activation key ${d.runningKeys[0]!.value.hex}`;
  }
  if (assumed.length > 0)
    issues.push({
      severity: 'info',
      code: 'import-permanent-hidden',
      message: `${assumed.join(', ')}: the running value comes from a time-based key, which hides any smaller permanent value; the permanent license is assumed to be the table default`,
      cite: COMBINE,
    });
  return { keys, permanent, issues };
}

export function readTimeBasedKeys(d: DeviceFacts, model: PakModel, tier: TierSpec, rows: readonly FeatureObservation[]): KeysRead {
  const issues: ImportIssue[] = [];
  const dayRows = rows.filter((r) => r.duration.kind === 'days');
  if (!model.timeBasedKeys && (d.keys.length > 0 || dayRows.length > 0)) {
    const line = d.keys[0]?.line ?? dayRows[0]!.line;
    issues.push({
      severity: 'error',
      code: 'import-no-time-based-keys',
      line,
      message: `line ${line}: a time-based license on the ${model.name}, which does not support time-based licenses`,
      cite: NO_TIME_BASED_CITE,
    });
    return { keys: [], permanent: {}, issues };
  }
  if (d.keys.length > 0) return fromListing(d, model, tier, rows, issues);
  const read = fromRows(d, model, tier, rows, issues);
  if (read.keys.length === 0 && d.runningKeys.length > 0) {
    const r = d.runningKeys[0]!;
    issues.push({
      severity: 'warning',
      code: 'import-running-key-unlisted',
      line: r.line,
      message: `line ${r.line}: a time-based key is running, but its features and remaining days are listed only by show activation-key; it is not in the plan`,
      cite: MONITOR,
    });
  }
  return read;
}
