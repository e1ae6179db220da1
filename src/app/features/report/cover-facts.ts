// What the report's cover says (issue 21 item 5): the deployment in one line, headline figures of
// the running license on the report day, the issues by severity and the next order-by date. All of
// it is read off the plan and the engine's result; nothing here decides a license.
import { catalog, type EvaluateResult, type FeatureId, type Plan, type RenewalEntry, type Severity } from '../../../engine/index';
import { formatValue } from '../../ui/display/format-value';
import { findModel } from '../../ui/display/model-info';

const MODE: Record<Plan['deployment']['mode'], string> = { standalone: 'Standalone unit', failover: 'Failover pair', cluster: 'Cluster' };
const FAILOVER: Record<string, string> = { 'active-standby': 'Active/Standby', 'active-active': 'Active/Active' };

/** "Failover pair (Active/Standby) of 2 × Firepower 2130, multiple context mode". */
export function deploymentText(plan: Plan): string {
  const { deployment } = plan;
  const models = new Map<string, number>();
  for (const u of deployment.units) {
    const name = findModel(u.model)?.name ?? u.model;
    models.set(name, (models.get(name) ?? 0) + 1);
  }
  const units = [...models].map(([name, n]) => (n === 1 ? name : `${n} × ${name}`)).join(' + ');
  const failover = deployment.mode === 'failover' && deployment.failover ? ` (${FAILOVER[deployment.failover] ?? deployment.failover})` : '';
  return `${MODE[deployment.mode]}${failover}${deployment.mode === 'standalone' ? ':' : ' of'} ${units}, ${deployment.contextMode} context mode`;
}

/** "Smart Licensing (regular)", "PAK (permanent and time-based keys)", or both for a mixed plan. */
export function licensingText(plan: Plan): string {
  const kinds = new Set(plan.deployment.units.map((u) => ('smart' in u ? `Smart Licensing (${u.smart.method})` : 'PAK activation keys')));
  return [...kinds].join(' and ');
}

/** The running license's figures a reader looks for first, in this order, where the model has them. */
export const HEADLINE_FEATURES: readonly FeatureId[] = ['firewall-conns', 'throughput', 'total-vpn-peers', 'anyconnect-peers', 'security-contexts', 'encryption'];

export interface Figure {
  feature: FeatureId;
  label: string;
  value: string;
}

/** The headline figures of the running license on the report day (the combined value of a pair or cluster). */
export function headlineFigures(result: EvaluateResult): Figure[] {
  return HEADLINE_FEATURES.filter((f) => result.running[f] !== undefined).map((f) => ({ feature: f, label: catalog.features[f].label, value: formatValue(result.running[f]) }));
}

const SEVERITY_WORDS: Record<Severity, [one: string, many: string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

/** "1 warning, 5 notes"; "none". Counted as the report's Issues section lists them (one entry per rule: lib/issue-groups.ts). */
export function issueCountText(issues: readonly { severity: Severity }[]): string {
  const parts = (['error', 'warning', 'info'] as const).flatMap((s) => {
    const n = issues.filter((i) => i.severity === s).length;
    return n === 0 ? [] : [`${n} ${SEVERITY_WORDS[s][n === 1 ? 0 : 1]}`];
  });
  return parts.length === 0 ? 'none' : parts.join(', ');
}

export interface NextOrder {
  entry: RenewalEntry;
  /** The order-by day has already come on the report day (order now). */
  due: boolean;
}

/**
 * The renewal to order next, seen from the report day: of the entries that have not run out yet
 * and that no later license in the plan takes over, the one with the earliest order-by day.
 */
export function nextOrder(entries: readonly RenewalEntry[], asOfDay: number): NextOrder | undefined {
  let next: RenewalEntry | undefined;
  for (const e of entries) if (e.day > asOfDay && e.renewedBy === null && (next === undefined || e.orderByDay < next.orderByDay)) next = e;
  return next === undefined ? undefined : { entry: next, due: next.orderByDay <= asOfDay };
}
