// The imported plan run through the engine: a plan the engine rejects is an importer error, and
// where the engine's running license differs from what the device printed, the user is told.
import { evaluatePlan } from '../evaluate';
import { FEATURES } from '../catalog/features';
import type { Plan } from '../plan/schema';
import type { License } from '../types';
import { showValue } from './catalog-values';
import { keepObserved } from './observed-values';
import type { FeatureObservation, ImportIssue } from './types';

/** Engine issue codes that mean the plan itself is malformed, not that the deployment has a problem. */
const STRUCTURAL = new Set([
  'plan-not-object',
  'plan-format',
  'plan-schema',
  'tier-not-offered',
  'permanent-feature-value',
  'time-based-feature-value',
  'duplicate-key-id',
  'empty-key',
  'no-time-based-keys',
  'duplicate-unit-id',
  'standalone-one-unit',
  'failover-two-units',
  'mixed-licensing',
]);

export interface PrintedLicense {
  unit?: string;
  rows: readonly FeatureObservation[];
  block: 'own' | 'combined';
  /** Units whose licenses the block combines (each prints 2 built-in AnyConnect peers). */
  units: number;
}

/** Printed and computed values that say the same (the device prints 0 or Disabled for No support). */
function same(printed: FeatureObservation, computed: unknown, units: number): boolean {
  if (Object.is(printed.value, computed)) return true;
  if (computed === 'unsupported' && (printed.value === false || printed.value === 0 || printed.value === 'unsupported')) return true;
  if (printed.value === true && typeof computed === 'number') return true;
  return printed.feature === 'anyconnect-peers' && printed.value === 2 * units && computed === 0;
}

/** `reported`: lines other issues already speak about. */
export function verifyPlan(plan: Plan, printed: readonly PrintedLicense[], reported: ReadonlySet<number>): ImportIssue[] {
  const result = evaluatePlan(plan);
  const structural = result.issues.filter((i) => i.severity === 'error' && STRUCTURAL.has(i.code));
  if (structural.length > 0) {
    return structural.map((i) => ({ severity: 'error', code: 'import-plan-invalid', message: `the imported plan does not validate: ${i.message}`, ...(i.cite ? { cite: i.cite } : {}) }));
  }
  const issues: ImportIssue[] = [];
  for (const p of printed) {
    const license: License | undefined = p.block === 'combined' ? result.running : p.unit ? result.units[p.unit] : undefined;
    if (!license || Object.keys(license).length === 0) continue;
    const unit = p.block === 'own' && p.unit ? plan.deployment.units.find((u) => u.id === p.unit) : undefined;
    for (const row of p.rows) {
      if (!Object.hasOwn(license, row.feature)) continue;
      const computed = license[row.feature];
      if (same(row, computed, p.units)) continue;
      // Issue 24 item 11: a printed value the plan's license does not give is kept as observed.
      if (unit) keepObserved(unit, row.feature, row.value, row.line, computed);
      if (reported.has(row.line)) continue;
      issues.push({
        severity: 'info',
        code: 'import-engine-differs',
        line: row.line,
        ...(p.unit ? { unit: p.unit } : {}),
        feature: row.feature,
        message: `line ${row.line}: the device prints ${row.label} ${showValue(row.value)}; the imported plan gives ${FEATURES[row.feature].label} ${showValue(computed ?? 'unsupported')} ${p.block === 'combined' ? 'for the pair' : `for unit "${p.unit}" (the printed value is kept as observed)`}`,
      });
    }
  }
  return issues;
}
