// The permanent key's features: the printed values above the tier's table defaults.
import { FEATURES } from '../catalog/features';
import type { PakModel, TierSpec } from '../catalog/types';
import { featureValueProblem } from '../rules/feature-values';
import type { FeatureId, FeatureValue } from '../types';
import { isBuiltInAnyConnect, isDefault, isLicensable, isOff, quoteLine, showValue, specOf } from './catalog-values';
import type { DeviceFacts, FeatureObservation, ImportIssue } from './types';

export interface PermanentRead {
  features: Partial<Record<FeatureId, FeatureValue>>;
  issues: ImportIssue[];
}

const SHARED_CITE = '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"';

/** "Shared License: Enabled" is a server license when the shared pool is printed under it, else a participant license. */
function sharedRole(d: DeviceFacts, row: FeatureObservation, issues: ImportIssue[]): FeatureValue {
  if (d.sharedPeers) return 'server';
  issues.push({
    severity: 'warning',
    code: 'import-shared-role-assumed',
    line: row.line,
    message: `line ${row.line}: "Shared License: Enabled" without a "Shared AnyConnect Premium Peers" row under it; assumed a participant license (a shared licensing server prints its pool) — change it to "server" if this unit is the server`,
    cite: SHARED_CITE,
  });
  return 'participant';
}

/** `reported`: lines an earlier step already warned about (the tier check). */
export function readPermanent(d: DeviceFacts, model: PakModel, tier: TierSpec, rows: readonly FeatureObservation[], reported: ReadonlySet<number> = new Set()): PermanentRead {
  const features: Partial<Record<FeatureId, FeatureValue>> = {};
  const issues: ImportIssue[] = [];
  const where = `${model.name} ${tier.name}`;
  for (const row of rows) {
    if (row.duration.kind === 'days') continue;
    const label = FEATURES[row.feature].label;
    const spec = specOf(tier, row.feature);
    if (spec === undefined) {
      if (!isOff(row.value))
        issues.push({
          severity: 'warning',
          code: 'import-feature-not-in-table',
          line: row.line,
          message: `line ${row.line}: ${row.label} ${showValue(row.value)}, but the ${where} table has no ${label} row; it is left out of the plan`,
          cite: model.cite,
        });
      continue;
    }
    if (isDefault(spec, row.value)) continue;
    if (isBuiltInAnyConnect(row.feature, row.value, spec)) {
      issues.push({
        severity: 'info',
        code: 'import-anyconnect-built-in',
        line: row.line,
        message: `line ${row.line}: the 2 AnyConnect Premium peers every ASA prints without an AnyConnect license are not a license; the plan keeps the table default (0)`,
        cite: spec.cite,
      });
      continue;
    }
    if (spec.timeBasedOnly) {
      issues.push({
        severity: 'warning',
        code: 'import-time-based-only',
        line: row.line,
        message: `line ${row.line}: ${label} is Enabled but the row shows no remaining days; there is no permanent ${label} license (000 §"How Permanent and Time-Based Licenses Combine"), so a time-based key must be running — add it to the plan by hand or paste show activation-key`,
        cite: spec.cite,
      });
      continue;
    }
    if (!isLicensable(spec)) {
      if (reported.has(row.line)) continue;
      const display = model.notes.find((n) => n.id === 'botnet-display');
      if (row.feature === 'botnet-traffic-filter' && display) {
        issues.push({ severity: 'info', code: 'import-botnet-display', line: row.line, message: `line ${row.line}: ${display.text}`, cite: display.cite });
        continue;
      }
      issues.push({
        severity: 'warning',
        code: 'import-table-mismatch',
        line: row.line,
        message: `line ${row.line}: the device prints ${row.label} ${showValue(row.value)}; the ${where} table gives ${showValue(spec.default)} and no optional license, so the plan uses the table value and keeps the printed value as observed`,
        cite: spec.cite,
      });
      continue;
    }
    let value = row.value;
    if (row.feature === 'shared-license' && value === true) value = sharedRole(d, row, issues);
    if (row.feature === 'clustering' && value === true) {
      const option = (spec.options ?? []).find((o) => typeof o === 'number');
      if (option !== undefined) {
        value = option;
        issues.push({
          severity: 'info',
          code: 'import-cluster-members-assumed',
          line: row.line,
          message: `line ${row.line}: "Cluster: Enabled" without a "Cluster Members" row; read as the ${where}'s cluster license for ${String(option)} units`,
          cite: spec.cite,
        });
      }
    }
    const problem = featureValueProblem(model, tier, row.feature, value, 'permanent');
    if (problem) {
      issues.push({ severity: 'error', code: 'import-value-not-allowed', line: row.line, message: `line ${row.line}: "${quoteLine(row.text)}" — ${problem}`, cite: spec.cite });
      continue;
    }
    features[row.feature] = value;
  }
  return { features, issues };
}
