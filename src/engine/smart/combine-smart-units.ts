// The aggregated license of Smart failover pairs and clusters (001 §"Failover or ASA Cluster
// Licenses"): only the active/control unit's configuration counts (it is replicated and cached on
// the others); contexts add each unit's Standard default to the primary's Context license up to the
// platform limit; Carrier and Strong Encryption are requested by the active unit and shared, or per
// unit on Firepower 4100/9300 clusters.
import { FEATURES } from '../catalog/features';
import { SMART_MODELS } from '../catalog/smart/index';
import type { SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Provenance } from '../result';
import type { FeatureId, FeatureValue, Issue, License } from '../types';
import type { FeatureProvenance } from '../unit-timeline';
import { aggregateContexts, describeAggregate } from './context-aggregation';
import { smartIssue } from './smart-issue';

export interface SmartUnitLicense {
  unit: SmartUnit;
  license: License;
  /** The unit's own provenance (a stretch's, lazy or not); its `uncapped` contexts tell the Context license in effect. */
  provenance?: FeatureProvenance | (() => FeatureProvenance);
}

export interface CombinedSmartLicense {
  license: License;
  provenance: FeatureProvenance;
  issues: Issue[];
}

function deploymentSpec(model: SmartModel, plan: Plan): { cite: string; requests: SmartModel['failover']['requests'] } {
  const cluster = plan.deployment.mode === 'cluster' ? model.cluster : null;
  return cluster ?? model.failover;
}

function rankOf(feature: FeatureId, value: FeatureValue): number {
  const ranking = FEATURES[feature].ranking;
  if (ranking) return ranking.indexOf(value as string | boolean);
  if (value === 'unsupported') return -1;
  if (value === false) return 0;
  return typeof value === 'number' ? value : 1;
}

function combined(value: FeatureValue, rule: string, cite: string, units: readonly string[], keys: readonly string[] = [], cap?: { uncapped: number; limit: number }): Provenance {
  return { value, source: 'combined', units: [...units], ...(keys.length > 0 ? { keys: [...keys] } : {}), rule, ...(cap ? { uncapped: cap.uncapped, limit: cap.limit } : {}), cite };
}

const ownProvenance = (entry: SmartUnitLicense): FeatureProvenance => (typeof entry.provenance === 'function' ? entry.provenance() : (entry.provenance ?? {}));

/** The primary's Context license in effect: its own (uncapped) contexts minus the included ones. */
function contextLicenseInEffect(entry: SmartUnitLicense, model: SmartModel): number {
  const p = ownProvenance(entry)['security-contexts'];
  const own = p?.uncapped ?? entry.license['security-contexts'];
  return typeof own === 'number' && model.contexts ? Math.max(0, own - model.contexts.included) : 0;
}

/**
 * Combine the own licenses of the Smart units of a failover pair or cluster at one moment. Call it
 * at each stretch boundary with the units that take part (primary first when present).
 */
export function combineSmartUnits(plan: Plan, unitLicenses: readonly SmartUnitLicense[]): CombinedSmartLicense {
  const license: License = {};
  const provenance: FeatureProvenance = {};
  const issues: Issue[] = [];
  if (unitLicenses.length === 0) return { license, provenance, issues };
  const primaryId = plan.deployment.units[0]?.id;
  const ordered = [...unitLicenses].sort((a, b) => Number(b.unit.id === primaryId) - Number(a.unit.id === primaryId));
  const primary = ordered[0]!;
  const primaryModel = SMART_MODELS[primary.unit.model];
  const models = ordered.map((e) => SMART_MODELS[e.unit.model]);
  const ids = ordered.map((e) => e.unit.id);
  const spec = deploymentSpec(primaryModel, plan);
  const kind = plan.deployment.mode === 'cluster' ? 'control' : 'active';
  const primaryOwn = ownProvenance(primary);

  const features = new Set<FeatureId>();
  for (const e of ordered) for (const f of Object.keys(e.license) as FeatureId[]) features.add(f);

  for (const feature of features) {
    const values = ordered.map((e) => ({ unit: e.unit.id, value: e.license[feature] })).filter((v): v is { unit: string; value: FeatureValue } => v.value !== undefined);
    const primaryValue = primary.license[feature];
    const differ = values.some((v) => !Object.is(v.value, values[0]!.value));
    let p: Provenance;
    if (feature === 'security-contexts') {
      const agg = values.some((v) => typeof v.value !== 'number') ? null : aggregateContexts(models, contextLicenseInEffect(primary, primaryModel));
      p =
        agg === null
          ? combined('unsupported', 'Security Contexts: No support', spec.cite, ids)
          : combined(
              agg.value,
              describeAggregate(agg, primary.unit.id),
              spec.cite,
              ids,
              agg.license > 0 ? ['standard', 'contexts'] : ['standard'],
              agg.capped ? { uncapped: agg.total, limit: agg.limit } : undefined,
            );
    } else if (feature === 'failover' || feature === 'clustering') {
      // Every unit must support it: the weakest capability wins (1010: both need Security Plus).
      const weakest = values.reduce((w, v) => (rankOf(feature, v.value) < rankOf(feature, w.value) ? v : w));
      p = combined(weakest.value, differ ? `Every unit must support it; ${weakest.unit} has ${String(weakest.value)}` : 'Same on every unit', spec.cite, differ ? [weakest.unit] : ids);
    } else if ((feature === 'carrier' || feature === 'encryption') && spec.requests[feature === 'carrier' ? 'carrier' : 'strong-encryption'] === 'each-unit') {
      const weakest = values.reduce((w, v) => (rankOf(feature, v.value) < rankOf(feature, w.value) ? v : w));
      const value = feature === 'carrier' && typeof primaryValue === 'boolean' ? primaryValue : weakest.value;
      p = combined(
        value,
        feature === 'carrier'
          ? `Per-unit entitlement: the ${kind} unit's configuration is replicated and each unit requests its own Carrier license`
          : `Per-unit entitlement: each unit requests its own Strong Encryption license${differ ? `; ${weakest.unit} has ${String(weakest.value)}` : ''}`,
        spec.cite,
        ids,
        primaryOwn[feature]?.keys ?? [],
      );
      if (feature === 'encryption' && differ) issues.push(encryptionDiffers(plan, values, spec.cite));
    } else if (feature === 'carrier' || feature === 'encryption') {
      const strongest = values.reduce((s, v) => (rankOf(feature, v.value) > rankOf(feature, s.value) ? v : s));
      const value = primaryValue ?? strongest.value;
      p = combined(value, `Only the ${kind} unit (${primary.unit.id}) requests this license; every unit uses it through license aggregation`, spec.cite, ids, primaryOwn[feature]?.keys ?? []);
    } else {
      const value = primaryValue ?? values[0]!.value;
      const others = differ
        ? `; other units: ${values
            .filter((v) => v.unit !== primary.unit.id)
            .map((v) => `${v.unit} ${String(v.value)}`)
            .join(', ')}`
        : '';
      p = combined(
        value,
        `Value of the ${kind} unit ${primary.unit.id}${differ ? others : ' (same on every unit)'}; 001 aggregates only the Context, Carrier and Strong Encryption licenses`,
        spec.cite,
        differ ? [primary.unit.id] : ids,
      );
    }
    license[feature] = p.value;
    provenance[feature] = p;
  }
  return { license, provenance, issues };
}

function encryptionDiffers(plan: Plan, values: readonly { unit: string; value: FeatureValue }[], cite: string): Issue {
  const list = values.map((v) => `${v.unit} ${String(v.value)}`).join(', ');
  return smartIssue(
    'warning',
    'smart-encryption-differs',
    `Units have different encryption licenses (${list}); each unit must have the same encryption license when forming a ${plan.deployment.mode === 'cluster' ? 'cluster' : 'failover pair'}.`,
    cite,
    { feature: 'encryption' },
  );
}
