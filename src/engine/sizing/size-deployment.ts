// Sizing (plan-format.md §"Sizing"): for every catalog model and tier, the plan that would run the
// needs, evaluated by the engine itself; a fit only where that evaluation's combined running
// license meets every need, otherwise each need it misses with the reason. Ranked by fewest
// purchases, then least headroom. No rule is re-implemented here: the engine's evaluation decides.
import { analyzePlan } from '../analyze-plan';
import { runningAt } from '../result-at';
import type { FeatureId, FeatureValue, Issue } from '../types';
import { candidatePlan, unitCount, type Config } from './candidate-plan';
import { allCandidates, numberMax, type Candidate } from './model-specs';
import { unmetNeeds, type Running } from './need-check';
import { parseNeeds } from './needs-schema';
import { orderOf } from './order';
import { catalogReasons, errorReasons, reasonFor } from './reasons';
import { asavStart, repair } from './repair';
import { undecidedNeeds } from './undecided';
import type { Fit, Needs, RuledOut, SizingResult } from './types';

const MAX_ROUNDS = 6;

export interface SizingOptions {
  /** Day 0 of the plans built (the command line passes today). */
  startDate?: string;
}

function startConfig(c: Candidate, needs: Needs): Config {
  const config: Config = { licenseOn: 'primary', contexts: 0, strongEncryptionEntitlement: false, secureClientUsers: 0 };
  const peers = needs.features['anyconnect-peers'];
  if (c.licensing === 'smart') {
    // 001: AnyConnect on a Smart-licensed ASA needs a Plus, Apex or VPN Only license bought for it.
    if (typeof peers === 'number' && peers > 0) config.secureClientUsers = peers;
    const contexts = needs.features['security-contexts'];
    if (typeof contexts === 'number' && c.model.contexts) {
      const included = c.model.contexts.included * unitCount(needs);
      config.contexts = Math.min(c.model.contexts.maxLicense, Math.max(0, contexts - included));
    }
    if (c.model.asav !== undefined) Object.assign(config, asavStart(needs));
  }
  return config;
}

function headroomOf(c: Candidate, needs: Needs): Partial<Record<FeatureId, number>> {
  const out: Partial<Record<FeatureId, number>> = {};
  for (const [f, v] of Object.entries(needs.features) as [FeatureId, FeatureValue][]) {
    const max = typeof v === 'number' ? numberMax(c, f) : undefined;
    if (typeof v === 'number' && max !== undefined) out[f] = max - v;
  }
  return out;
}

export function sizeOne(c: Candidate, needs: Needs, startDate: string | undefined): Fit | RuledOut {
  const tier = c.licensing === 'pak' ? c.tier.id : null;
  const ruledByCatalog = catalogReasons(c, needs.features, unitCount(needs));
  if (ruledByCatalog.length > 0) return { model: c.model.id, tier, licensing: c.licensing, reasons: ruledByCatalog };
  let config = startConfig(c, needs);
  for (let round = 0; ; round++) {
    const plan = candidatePlan(c, needs, config, startDate);
    // The check needs the validity, the issues and the combined running license on day 0: the
    // analysis and one read of it (evaluatePlan's day-0 result less what sizing never reads: the
    // provenance, key statuses and dates), and the analysis' own parse of the plan for the order.
    const analysis = analyzePlan(plan);
    const running: Running = runningAt(analysis, 0);
    const unmet = unmetNeeds(needs.features, running, analysis.valid);
    if (analysis.valid && unmet.length === 0) {
      const { order, purchases } = analysis.plan ? orderOf(analysis.plan) : { order: [], purchases: 0 };
      const shown = Object.fromEntries(Object.keys(needs.features).map((f) => [f, running[f as FeatureId]]));
      return { model: c.model.id, tier, licensing: c.licensing, running: shown, headroom: headroomOf(c, needs), order, purchases, plan };
    }
    const next = round < MAX_ROUNDS ? repair(c, needs, config, unmet, running, analysis.valid) : undefined;
    if (next === undefined) {
      const reasons = [...unmet.map((f) => reasonFor(c, f, needs.features[f]!, running, unitCount(needs))), ...(analysis.valid ? [] : errorReasons(analysis.issues))];
      return { model: c.model.id, tier, licensing: c.licensing, reasons };
    }
    config = next;
  }
}

const totalHeadroom = (f: Fit): number => Object.values(f.headroom).reduce<number>((a, b) => a + (b ?? 0), 0);

export function sizeDeployment(input: unknown, options: SizingOptions = {}): SizingResult {
  const read = parseNeeds(input);
  if (!read.ok) return { valid: false, issues: read.issues, fits: [], ruledOut: [] };
  const needs = read.needs;
  const issues: Issue[] = undecidedNeeds(needs);
  const fits: Fit[] = [];
  const ruledOut: RuledOut[] = [];
  for (const c of allCandidates()) {
    if (needs.licensing !== 'either' && c.licensing !== needs.licensing) {
      ruledOut.push({
        model: c.model.id,
        tier: c.licensing === 'pak' ? c.tier.id : null,
        licensing: c.licensing,
        reasons: [
          {
            feature: 'licensing',
            message: `Licensing: ${needs.licensing === 'pak' ? 'PAK' : 'Smart'} asked; the ${c.model.name} is ${c.licensing === 'pak' ? 'PAK' : 'Smart'}-licensed`,
            cite: c.model.cite,
          },
        ],
      });
      continue;
    }
    const r = sizeOne(c, needs, options.startDate);
    if ('plan' in r) fits.push(r);
    else ruledOut.push(r);
  }
  fits.sort((a, b) => a.purchases - b.purchases || totalHeadroom(a) - totalHeadroom(b));
  if (fits.length === 0) issues.push({ severity: 'warning', code: 'sizing-no-fit', message: 'No catalog model runs every need as asked: see each model’s reasons.', cite: 'plan-format.md §"Sizing"' });
  return { valid: true, issues, fits, ruledOut };
}
