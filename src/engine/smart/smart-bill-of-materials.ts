// What to add to the Smart Account for a plan's Smart units (001 §"License PIDs"), counting which
// unit of a failover pair or cluster requests each license (001 §"Failover or ASA Cluster Licenses").
import { ASAV_SPEC } from '../catalog/smart/asav';
import { CITE } from '../catalog/smart/cites';
import { SMART_MODELS } from '../catalog/smart/index';
import type { PidLine, RequestedBy, SmartEntitlementId, SmartFamilyId, SmartModel } from '../catalog/smart/types';
import type { Plan, SmartUnit } from '../plan/schema';
import type { Issue, Throughput } from '../types';
import { aggregateContexts } from './context-aggregation';
import { fewestContextPacks } from './context-packs';
import { smartIssue } from './smart-issue';
import { entitlementPath, smartUnits, unitPath } from './unit-role';

export interface BomLine {
  pid: string;
  description: string;
  quantity: number;
  /** The requesting unit when only one unit requests it. */
  unit?: string;
  /** Every unit that requests it. */
  units?: string[];
  /** Subscription term, where the PID is a subscription (ASAv100). */
  termYears?: number;
  cite: string;
}

export interface SmartBillOfMaterials {
  lines: BomLine[];
  issues: Issue[];
}

function requestedBy(plan: Plan, model: SmartModel, name: SmartEntitlementId): RequestedBy {
  if (plan.deployment.mode === 'failover') return model.failover.requests[name] ?? 'primary';
  if (plan.deployment.mode === 'cluster') return model.cluster?.requests[name] ?? 'primary';
  return 'primary';
}

/** The shortest ASAv100 subscription that covers the plan horizon (1, 3 or 5 years). */
export function subscriptionFor(pids: readonly { pid: string; termYears?: number }[], horizonDays: number): { pid: string; termYears?: number } {
  const years = Math.ceil(horizonDays / 365);
  const terms = [...pids].sort((a, b) => (a.termYears ?? 0) - (b.termYears ?? 0));
  return terms.find((p) => (p.termYears ?? Number.POSITIVE_INFINITY) >= years) ?? terms[terms.length - 1]!;
}

class Lines {
  private readonly byPid = new Map<string, BomLine>();
  add(pid: string, description: string, cite: string, unit: string, count = 1, termYears?: number): void {
    const line = this.byPid.get(pid);
    if (line) {
      line.quantity += count;
      if (!line.units!.includes(unit)) line.units!.push(unit);
      if (line.units!.length > 1) delete line.unit;
      return;
    }
    this.byPid.set(pid, { pid, description, quantity: count, unit, units: [unit], ...(termYears !== undefined ? { termYears } : {}), cite });
  }
  addLine(p: PidLine, unit: string, count = 1): void {
    this.add(p.pid, p.description, p.cite, unit, count);
  }
  list(): BomLine[] {
    return [...this.byPid.values()];
  }
}

export function smartBillOfMaterials(plan: Plan): SmartBillOfMaterials {
  const units = smartUnits(plan);
  const lines = new Lines();
  const issues: Issue[] = [];
  const primary = units[0];
  if (!primary) return { lines: [], issues };
  const primaryModel = SMART_MODELS[primary.model];

  for (const [index, u] of units.entries()) {
    const model = SMART_MODELS[u.model];
    const isPrimary = index === 0;
    // The other units run the primary's replicated configuration; per-unit entitlements are requested by each.
    const requests = (name: SmartEntitlementId): boolean => isPrimary || requestedBy(plan, model, name) === 'each-unit';
    const config = (name: 'carrier' | 'strong-encryption'): boolean => (isPrimary ? u : primary).smart.entitlements[name];

    if (u.smart.method === 'evaluation' || u.smart.method === 'unregistered') {
      issues.push(
        smartIssue('info', 'bom-not-registered', `${u.id}: method "${u.smart.method}"; the lines for it are what it will request once registered.`, CITE.pids, {
          path: unitPath(plan, u, 'smart', 'method'),
          unit: u.id,
        }),
      );
    }
    if (u.smart.method === 'plr') {
      plrLine(lines, issues, plan, model, u);
      continue;
    }
    if (model.asav !== undefined) {
      if (requests('throughput')) throughputLine(lines, issues, plan, u);
    } else if (model.pids.standard && requests('standard') && (u.smart.entitlements.standard || model.standardAlwaysOn || !isPrimary)) {
      lines.addLine(model.pids.standard, u.id);
    }
    if (model.pids.securityPlus && requests('security-plus') && u.smart.entitlements['security-plus']) lines.addLine(model.pids.securityPlus, u.id);
    if (model.pids.carrier && requests('carrier') && config('carrier')) lines.addLine(model.pids.carrier, u.id);
    if (requests('strong-encryption') && config('strong-encryption')) {
      if (model.pids.strongEncryption) lines.addLine(model.pids.strongEncryption, u.id);
      else if (isPrimary)
        issues.push(
          smartIssue(
            'info',
            'bom-no-encryption-pid',
            `${u.id}: 001 lists no separate Strong Encryption PID for the ${model.name}; if your account is not authorized, Cisco can add the license to it manually.`,
            CITE.pidsAsav,
            { path: entitlementPath(plan, u, 'strong-encryption'), unit: u.id },
          ),
        );
    }
  }
  if (primary.smart.method !== 'plr') contextLines(lines, issues, plan, units, primaryModel);
  return { lines: lines.list(), issues };
}

function plrLine(lines: Lines, issues: Issue[], plan: Plan, model: SmartModel, u: SmartUnit): void {
  if (model.asav !== undefined) {
    const level = u.smart.entitlements.throughput;
    if (level === undefined) {
      issues.push(
        smartIssue('error', 'bom-asav-plr-needs-throughput', `${u.id}: the ASA virtual PLR license is per entitlement; set throughput to choose it.`, CITE.pidsAsav, {
          path: entitlementPath(plan, u, 'throughput'),
          unit: u.id,
        }),
      );
      return;
    }
    const t = ASAV_SPEC.throughput[level];
    lines.add(t.plrPid, `${t.skuModel} (${level}) permanent license reservation (all features)`, CITE.pidsAsav, u.id);
    return;
  }
  if (model.pids.plr) lines.addLine(model.pids.plr, u.id);
}

function throughputLine(lines: Lines, issues: Issue[], plan: Plan, u: SmartUnit): void {
  const level: Throughput | undefined = u.smart.entitlements.throughput;
  if (level === undefined) return;
  const t = ASAV_SPEC.throughput[level];
  const chosen = subscriptionFor(t.pids, plan.horizonDays);
  const term = chosen.termYears;
  lines.add(chosen.pid, `${t.skuModel} — ${t.label}${term !== undefined ? `, ${term}-year subscription` : ''}`, CITE.pidsAsav, u.id, 1, term);
  if (term !== undefined) {
    const others = t.pids
      .filter((p) => p.pid !== chosen.pid)
      .map((p) => `${p.pid} (${p.termYears} years)`)
      .join(', ');
    const short = term * 365 < plan.horizonDays ? ` The plan runs ${plan.horizonDays} days, longer than the longest term: renew it.` : '';
    issues.push(
      smartIssue(
        short ? 'warning' : 'info',
        'bom-asav100-subscription',
        `${u.id}: the ASAv100 license is a subscription (1, 3 or 5 years); ${chosen.pid} covers the ${plan.horizonDays}-day horizon; also available: ${others}.${short}`,
        CITE.pidsAsav,
        { path: entitlementPath(plan, u, 'throughput'), unit: u.id },
      ),
    );
  }
}

function contextLines(lines: Lines, issues: Issue[], plan: Plan, units: readonly SmartUnit[], model: SmartModel): void {
  const primary = units[0]!;
  const requested = primary.smart.entitlements.contexts;
  const spec = model.contexts;
  if (requested <= 0 || spec === null) return;
  const path = entitlementPath(plan, primary, 'contexts');
  let useful = Math.min(requested, spec.maxLicense);
  let limitText = `the ${model.name} maximum of ${spec.max} (${spec.included} included)`;
  if (plan.deployment.mode !== 'standalone' && units.length > 1) {
    const agg = aggregateContexts(
      units.map((u) => SMART_MODELS[u.model]),
      requested,
    );
    if (agg) {
      useful = Math.min(requested, agg.largestUseful);
      limitText = `the platform limit of ${agg.limit} with ${agg.included.reduce((a, b) => a + b, 0)} contexts included across the ${units.length} units`;
    }
  }
  if (useful < requested) {
    issues.push(
      smartIssue('warning', 'bom-contexts-over-max', `${primary.id}: contexts ${requested} exceeds ${limitText}; request ${useful} instead. The packs below are sized for ${useful}.`, spec.cite, {
        path,
        unit: primary.id,
        feature: 'security-contexts',
      }),
    );
  }
  const choice = fewestContextPacks(spec.packs, useful);
  for (const p of choice.packs) lines.add(p.pid, `${p.contexts}-context license (additive)`, pidCite(model), primary.id, p.count);
  if (choice.total > useful) {
    issues.push(
      smartIssue(
        'info',
        'bom-context-packs-surplus',
        `${primary.id}: the fewest packs for ${useful} contexts add up to ${choice.total} (${choice.packs.map((p) => `${p.count} × ${p.contexts}`).join(' + ')}); ${choice.total - useful} of them ${choice.total - useful === 1 ? 'is' : 'are'} not used.`,
        pidCite(model),
        { path, unit: primary.id, feature: 'security-contexts' },
      ),
    );
  }
}

/** Each family's PID table (001 §"License PIDs" and the family's own section). */
const PID_CITES: Record<SmartFamilyId, string> = {
  'fpr-1010': CITE.pids1010,
  'fpr-1100': CITE.pids1100,
  'fpr-2100': CITE.pids2100,
  'fpr-3100': CITE.pids3100,
  'fpr-4100': CITE.pids4100,
  'fpr-9300': CITE.pids9300,
  asav: CITE.pidsAsav,
};

const pidCite = (model: SmartModel): string => PID_CITES[model.familyId];
