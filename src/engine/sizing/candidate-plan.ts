// The plan that would run the needs on one candidate model: the deployment asked for, and the
// fewest licenses that reach each need (PAK: the license options and time-based keys of the
// model's tier table; Smart: the entitlements, the Context license, Secure Client licenses).
// `Config` holds what repair.ts may raise after an evaluation falls short.
import { ASAV_SPEC } from '../catalog/smart/index';
import { DAYS_PER_YEAR } from '../dates';
import { PLAN_FORMAT } from '../plan/schema';
import type { FeatureId, FeatureValue, Throughput } from '../types';
import { specOf, type Candidate } from './model-specs';
import type { Needs } from './types';

export interface Config {
  /** PAK: the licenses on the primary unit only, or on every unit. */
  licenseOn: 'primary' | 'all';
  /** Smart: the Context license of the primary unit (added to the included contexts). */
  contexts: number;
  strongEncryptionEntitlement: boolean;
  /** Secure Client Plus users (0: none). */
  secureClientUsers: number;
  /** ASAv: throughput level and memory. */
  throughput?: Throughput | undefined;
  memoryGB?: number | undefined;
}

export const DEFAULT_START = '2027-01-01';
export const termDays = (needs: Needs): number => (needs.termYears ?? 1) * DAYS_PER_YEAR;

export function unitCount(needs: Needs): number {
  const d = needs.deployment;
  return d.mode === 'standalone' ? 1 : d.mode === 'failover' ? 2 : d.units;
}

/** PAK: the smallest option that reaches a number need (or the largest there is). */
function pakValue(c: Candidate, feature: FeatureId, need: FeatureValue): FeatureValue | undefined {
  const spec = specOf(c, feature);
  if (spec === undefined || spec.timeBasedOnly) return undefined;
  if (typeof need === 'number') {
    if (typeof spec.default === 'number' && spec.default >= need) return undefined;
    if (spec.upTo !== undefined) return Math.min(need, spec.upTo);
    const options = (spec.options ?? []).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    return options.find((o) => o >= need) ?? options.at(-1);
  }
  if (spec.default === need) return undefined;
  if (need === 'active-standby' || need === 'active-active') return undefined; // The tier decides failover.
  return (spec.options ?? []).includes(need) ? need : undefined;
}

function pakUnit(c: Extract<Candidate, { licensing: 'pak' }>, needs: Needs, config: Config, id: string, primary: boolean) {
  const features: Partial<Record<FeatureId, FeatureValue>> = {};
  const timeBased: { id: string; features: Partial<Record<FeatureId, FeatureValue>>; days: number; installDay: number; active: boolean; evaluation: boolean }[] = [];
  for (const [f, v] of Object.entries(needs.features) as [FeatureId, FeatureValue][]) {
    // Encryption goes on every unit from the start: a pair or cluster needs the same encryption
    // license on each unit (the engine's requirement rules check it; this only saves a round).
    if (primary || config.licenseOn === 'all' || f === 'encryption') {
      const spec = specOf(c, f);
      if (spec?.timeBasedOnly && v === true) {
        if (c.model.timeBasedKeys) timeBased.push({ id: `${f}-${id}`, features: { [f]: true }, days: termDays(needs), installDay: 0, active: true, evaluation: false });
        continue;
      }
      const value = pakValue(c, f, v);
      if (value !== undefined) features[f] = value;
    }
  }
  return { id, model: c.model.id, ...(needs.software ? { software: needs.software } : {}), permanent: { tier: c.tier.id, features }, timeBased };
}

function smartUnit(c: Extract<Candidate, { licensing: 'smart' }>, needs: Needs, config: Config, id: string, primary: boolean) {
  const f = needs.features;
  const m = c.model;
  const has = (e: string) => (m.entitlements as readonly string[]).includes(e);
  const strong = f.encryption === '3des-aes' || f['anyconnect-peers'] !== undefined || f['other-vpn-peers'] !== undefined;
  const entitlements = {
    standard: true,
    contexts: primary && has('contexts') ? config.contexts : 0,
    carrier: primary && has('carrier') && f.carrier === true,
    'security-plus': has('security-plus') && needs.deployment.mode === 'failover',
    'strong-encryption': primary && has('strong-encryption') && config.strongEncryptionEntitlement,
    ...(m.asav !== undefined && config.throughput ? { throughput: config.throughput } : {}),
  };
  return {
    id,
    model: m.id,
    ...(needs.software ? { software: needs.software } : {}),
    ...(m.asav !== undefined ? { memoryGB: config.memoryGB ?? ASAV_SPEC.throughput[config.throughput ?? '1G'].minMemoryGB } : {}),
    smart: { method: 'regular', registeredDay: 0, exportControlled: strong, entitlements },
  };
}

export function candidatePlan(c: Candidate, needs: Needs, config: Config, startDate: string = DEFAULT_START) {
  const n = unitCount(needs);
  const ids = n === 2 && needs.deployment.mode === 'failover' ? ['fw-a', 'fw-b'] : Array.from({ length: n }, (_, i) => (n === 1 ? 'fw-1' : `unit-${i + 1}`));
  const units = ids.map((id, i) => (c.licensing === 'pak' ? pakUnit(c, needs, config, id, i === 0) : smartUnit(c, needs, config, id, i === 0)));
  const d = needs.deployment;
  const multiple = needs.contextMode === 'multiple' || (typeof needs.features['security-contexts'] === 'number' && needs.features['security-contexts'] > 1);
  const term = termDays(needs);
  return {
    format: PLAN_FORMAT,
    name: `${c.model.name}${c.tier ? ` ${c.tier.name}` : ''}: sized for the needs`,
    startDate,
    horizonDays: Math.max(term, 365),
    deployment: { mode: d.mode, ...(d.mode === 'failover' ? { failover: d.failover } : {}), contextMode: multiple ? 'multiple' : 'single', units },
    ...(config.secureClientUsers > 0 ? { secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: config.secureClientUsers, startDay: 0, termMonths: (needs.termYears ?? 1) * 12 }] } } : {}),
    events: [],
  };
}
