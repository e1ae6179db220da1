// Refresh advice: for a plan running today (PAK units, or a device read from its output), the
// Smart-licensed models that cover its running license, what each needs ordered, and what the old
// deployment has that the new one would lack — the same sizing as sizeDeployment, with the needs
// taken from the plan's own combined running license.
import { evaluatePlan } from '../evaluate';
import type { FeatureId, FeatureValue, Issue } from '../types';
import { allCandidates } from './model-specs';
import { sizeOne } from './size-deployment';
import { NEEDS_FORMAT, type Fit, type Needs, type Reason } from './types';

/** Features a refresh must carry over when the old box runs them (0, false and "unsupported" are not needs). */
const CARRIED: readonly FeatureId[] = [
  'firewall-conns',
  'vlans',
  'security-contexts',
  'anyconnect-peers',
  'other-vpn-peers',
  'uc-proxy-sessions',
  'encryption',
  'botnet-traffic-filter',
  'gtp-gprs',
  'ips-module',
];
/** PAK feature ids and their Smart counterparts (000 GTP/GPRS is 001's Carrier). */
const ON_SMART: Partial<Record<FeatureId, FeatureId>> = { 'gtp-gprs': 'carrier' };

export interface RefreshCandidate {
  model: string;
  tier: null;
  /** True when the model covers every need taken from the running license. */
  covers: boolean;
  order: Fit['order'];
  running: Fit['running'];
  /** What the old deployment runs that this model would not. */
  lacks: Reason[];
  plan: unknown;
}

export interface RefreshAdvice {
  valid: boolean;
  issues: Issue[];
  needs?: Needs;
  candidates: RefreshCandidate[];
}

export function needsFromRunning(running: Partial<Record<FeatureId, FeatureValue>>, deployment: Needs['deployment']): Needs {
  const features: Partial<Record<FeatureId, FeatureValue>> = {};
  for (const f of CARRIED) {
    const v = running[f];
    if (v === undefined || v === false || v === 0 || v === 'unsupported' || v === 'des') continue;
    features[ON_SMART[f] ?? f] = v;
  }
  return { format: NEEDS_FORMAT, deployment, licensing: 'smart', features };
}

export function refreshAdvice(plan: unknown, options: { startDate?: string; at?: number } = {}): RefreshAdvice {
  const result = evaluatePlan(plan, { at: options.at ?? 0 });
  if (!result.valid) return { valid: false, issues: result.issues.filter((i) => i.severity === 'error'), candidates: [] };
  const p = plan as { deployment: { mode: Needs['deployment']['mode']; failover?: 'active-standby' | 'active-active'; units: unknown[] } };
  const d = p.deployment;
  const deployment: Needs['deployment'] =
    d.mode === 'failover' ? { mode: 'failover', failover: d.failover ?? 'active-standby' } : d.mode === 'cluster' ? { mode: 'cluster', units: d.units.length } : { mode: 'standalone' };
  const needs = needsFromRunning(result.running, deployment);
  const candidates: RefreshCandidate[] = [];
  for (const c of allCandidates()) {
    if (c.licensing !== 'smart') continue;
    const first = sizeOne(c, needs, options.startDate);
    if ('plan' in first) {
      candidates.push({ model: c.model.id, tier: null, covers: true, order: first.order, running: first.running, lacks: [], plan: first.plan });
      continue;
    }
    // Without what it cannot carry: what it would need ordered for the rest.
    const lacking = new Set(first.reasons.map((r) => r.feature));
    const rest: Needs = { ...needs, features: Object.fromEntries(Object.entries(needs.features).filter(([f]) => !lacking.has(f))) };
    const second = sizeOne(c, rest, options.startDate);
    if ('plan' in second) candidates.push({ model: c.model.id, tier: null, covers: false, order: second.order, running: second.running, lacks: first.reasons, plan: second.plan });
  }
  candidates.sort((a, b) => a.lacks.length - b.lacks.length || a.order.length - b.order.length);
  const issues: Issue[] = [
    {
      severity: 'info',
      code: 'refresh-needs',
      message: `Sized for what the deployment runs on day ${options.at ?? 0}: ${
        Object.entries(needs.features)
          .map(([f, v]) => `${f} ${String(v)}`)
          .join(', ') || 'the base license'
      }.`,
      cite: 'plan-format.md §"Sizing"',
    },
  ];
  return { valid: true, issues, needs, candidates };
}
