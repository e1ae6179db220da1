// The other unit of a failover pair, from this unit's block and the "Failover cluster licensed
// features" block: 000 §"How Failover or ASA Cluster Licenses Combine" adds numeric licenses up to
// the platform limit and keeps the higher of the others, so the difference is the other unit's.
import { FEATURES } from '../catalog/features';
import type { PakModel, TierSpec } from '../catalog/types';
import type { PakUnit, TimeBasedKey } from '../plan/schema';
import { rank } from '../rules/combine-permanent-and-time-based';
import { platformLimit } from '../rules/combine-units';
import { featureValueProblem } from '../rules/feature-values';
import type { FeatureId, FeatureValue } from '../types';
import { isBuiltInAnyConnect, isDefault, isLicensable, showValue, specOf } from './catalog-values';
import { splitAddedValue } from './time-based-keys';
import type { FeatureObservation, ImportIssue } from './types';

const COMBINE = '000 §"How Failover or ASA Cluster Licenses Combine"';
const REQUIREMENTS = '000 §"Failover License Requirements and Exceptions"';
const MONITOR = '000 §"Monitoring PAK Licenses"';
/** 000 §"Failover License Requirements and Exceptions": "Each unit must have the same encryption license", "the same IPS module license". */
const SAME_ON_BOTH: readonly FeatureId[] = ['encryption', 'ips-module'];

export interface SecondaryInput {
  id: string;
  model: PakModel;
  tier: TierSpec;
  software?: string;
  /** This unit's own rows and permanent features. */
  own: readonly FeatureObservation[];
  ownPermanent: Readonly<Partial<Record<FeatureId, FeatureValue>>>;
  combined: readonly FeatureObservation[];
  combinedLine: number;
}

const daysOf = (r: FeatureObservation | undefined): number | undefined => (r?.duration.kind === 'days' ? r.duration.days : undefined);

export function deriveOtherUnit(input: SecondaryInput): { unit: PakUnit; issues: ImportIssue[] } {
  const { model, tier } = input;
  const issues: ImportIssue[] = [];
  const permanent: Record<string, FeatureValue> = {};
  const keyFeatures = new Map<number, Record<string, FeatureValue>>();
  const atDefault: string[] = [];
  const copied: string[] = [];
  const addKey = (days: number, feature: FeatureId, value: FeatureValue) => keyFeatures.set(days, { ...(keyFeatures.get(days) ?? {}), [feature]: value });

  for (const c of input.combined) {
    const spec = specOf(tier, c.feature);
    if (!spec) continue;
    const o = input.own.find((r) => r.feature === c.feature);
    const ownValue = o?.value ?? spec.default;
    const cDays = daysOf(c);
    // The combined block prints the shortest time-based license of either unit (000 §"Monitoring PAK Licenses").
    const otherKeyDays = cDays !== undefined && (daysOf(o) === undefined || cDays < daysOf(o)!) ? cDays : undefined;
    const label = FEATURES[c.feature].label;

    if (FEATURES[c.feature].units === 'sum-up-to-limit' && typeof c.value === 'number') {
      const mine = typeof ownValue === 'number' ? ownValue : 0;
      const limit = platformLimit(model, c.feature) ?? Number.POSITIVE_INFINITY;
      let theirs = c.value - mine;
      if (c.value >= limit) {
        theirs = Math.max(0, limit - mine);
        issues.push({
          severity: 'info',
          code: 'import-secondary-capped',
          line: c.line,
          message: `line ${c.line}: the combined ${label} is at the platform limit ${limit}, so the other unit has at least ${theirs}; assumed ${theirs}`,
          cite: COMBINE,
        });
      }
      if (theirs < 0) {
        issues.push({
          severity: 'warning',
          code: 'import-combined-inconsistent',
          line: c.line,
          message: `line ${c.line}: the combined ${label} ${c.value} is below this unit's ${mine}; the other unit keeps the table default`,
          cite: COMBINE,
        });
        continue;
      }
      if (otherKeyDays !== undefined) {
        const split = splitAddedValue(spec, theirs)[0];
        if (split) {
          if (split.permanent !== spec.default) permanent[c.feature] = split.permanent;
          addKey(otherKeyDays, c.feature, split.key);
          continue;
        }
      }
      if (isDefault(spec, theirs) || isBuiltInAnyConnect(c.feature, theirs, spec)) continue;
      const problem = featureValueProblem(model, tier, c.feature, theirs, 'permanent');
      if (problem)
        issues.push({
          severity: 'warning',
          code: 'import-secondary-unknown',
          line: c.line,
          message: `line ${c.line}: the other unit's ${label} would be ${c.value} − ${mine} = ${theirs}, but ${problem}; it keeps the table default`,
          cite: COMBINE,
        });
      else permanent[c.feature] = theirs;
      continue;
    }

    const higher = rank(c.feature, c.value) - rank(c.feature, ownValue);
    if (higher < 0) {
      issues.push({
        severity: 'warning',
        code: 'import-combined-inconsistent',
        line: c.line,
        message: `line ${c.line}: the combined ${label} ${showValue(c.value)} is below this unit's ${showValue(ownValue)}`,
        cite: COMBINE,
      });
      continue;
    }
    if (higher > 0 || otherKeyDays !== undefined) {
      if (otherKeyDays !== undefined && FEATURES[c.feature].timeBased !== 'not-time-based') {
        const problem = featureValueProblem(model, tier, c.feature, c.value, 'time-based');
        if (!problem) addKey(otherKeyDays, c.feature, c.value);
        else issues.push({ severity: 'warning', code: 'import-secondary-unknown', line: c.line, message: `line ${c.line}: ${problem}`, cite: COMBINE });
        continue;
      }
      if (!isLicensable(spec)) {
        issues.push({
          severity: 'warning',
          code: 'import-secondary-tier',
          line: c.line,
          message: `line ${c.line}: the combined ${label} ${showValue(c.value)} is above this unit's ${showValue(ownValue)}, which suggests the other unit has another license tier; the plan gives it the same tier (${tier.name})`,
          cite: REQUIREMENTS,
        });
        continue;
      }
      const problem = featureValueProblem(model, tier, c.feature, c.value, 'permanent');
      if (problem) issues.push({ severity: 'warning', code: 'import-secondary-unknown', line: c.line, message: `line ${c.line}: ${problem}`, cite: COMBINE });
      else permanent[c.feature] = c.value;
      continue;
    }
    // Equal: the other unit's value is not shown (it is at most this unit's).
    const mine = input.ownPermanent[c.feature];
    if (SAME_ON_BOTH.includes(c.feature) && mine !== undefined) {
      permanent[c.feature] = mine;
      copied.push(label);
    } else if (!isDefault(spec, c.value)) {
      atDefault.push(label);
    }
  }

  const keys: TimeBasedKey[] = [...keyFeatures]
    .sort((a, b) => a[0] - b[0])
    .map(([days, features]) => ({
      id: `tb-${days}d`,
      features,
      days,
      installDay: 0,
      active: true,
      evaluation: false,
      note: `Derived: the failover cluster block shows ${days} days, shorter than this unit's (${MONITOR})`,
    }));
  const assumed = [
    `the same model and ${tier.name} license`,
    ...(copied.length ? [`the same ${copied.join(' and ')} license (${REQUIREMENTS}: each unit must have the same)`] : []),
    ...(atDefault.length ? [`the table default for ${atDefault.join(', ')}, where the combined value equals this unit's`] : []),
  ];
  issues.push({
    severity: 'warning',
    code: 'import-secondary-derived',
    line: input.combinedLine,
    unit: input.id,
    message: `unit "${input.id}" is not in the output: its license is derived from the "Failover cluster licensed features" block (line ${input.combinedLine}) minus this unit's block. Assumed: ${assumed.join('; ')}. Paste its own show version to replace the assumptions.`,
    cite: COMBINE,
  });
  const unit: PakUnit = {
    id: input.id,
    model: model.id,
    ...(input.software ? { software: input.software } : {}),
    permanent: { tier: tier.id, features: permanent },
    timeBased: keys,
  };
  return { unit, issues };
}
