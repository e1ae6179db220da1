// Test-data builders for the Secure Client tests: a parsed plan that keeps the proposed fields
// (orderDay, ordering, demand.features, demand.unattendedDevices, shared) the parser would strip.
import { isPakModelId } from '../catalog/lookup';
import { planSchema, type Plan } from '../plan/schema';
import type { FleetRole, FleetUnit } from '../secure-client/types';

export interface ScPlanInput {
  licenses?: Array<Record<string, unknown>>;
  demand?: Record<string, unknown>;
  shared?: Record<string, unknown>;
  startDate?: string;
  horizonDays?: number;
  mode?: 'standalone' | 'failover' | 'cluster';
  failover?: 'active-standby' | 'active-active';
  units?: Array<{ id: string; model: string }>;
  name?: string;
}

export function scPlan(input: ScPlanInput = {}): Plan {
  const units = input.units ?? [{ id: 'fw-a', model: 'asa-5545-x' }];
  const raw = {
    format: 'asa-license-plan/1',
    name: input.name ?? 'HQ edge pair',
    startDate: input.startDate ?? '2027-01-01',
    horizonDays: input.horizonDays ?? 1095,
    deployment: {
      mode: input.mode ?? (units.length > 1 ? 'failover' : 'standalone'),
      ...(input.failover ? { failover: input.failover } : units.length === 2 && (input.mode ?? 'failover') === 'failover' ? { failover: 'active-standby' } : {}),
      contextMode: 'single',
      units: units.map((u) => (isPakModelId(u.model) ? { ...u, permanent: { tier: 'security-plus', features: {} } } : { ...u, smart: {} })),
    },
    secureClient: { licenses: input.licenses ?? [], ...(input.demand ? { demand: input.demand } : {}) },
  };
  const plan = planSchema.parse(raw);
  const sc = plan.secureClient;
  if (!sc) return plan;
  const licenses = sc.licenses.map((l, i) => ({ ...(input.licenses?.[i] ?? {}), ...l }));
  const demand = sc.demand ? { ...(input.demand ?? {}), ...sc.demand } : undefined;
  return { ...plan, secureClient: { ...sc, licenses, ...(demand ? { demand } : {}), ...(input.shared ? { shared: input.shared as NonNullable<typeof sc.shared> } : {}) } };
}

export const unit = (id: string, maxAnyConnectPeers: number | null, role: FleetRole = 'standalone', model = 'asa-5545-x'): FleetUnit => ({ id, model, maxAnyConnectPeers, role });

/**
 * A legacy shared-licensing section (000 §"About the Shared Licensing Backup Server"): a 500-session
 * pool served by fw-a with branch-1 as backup, 120 sessions wanted at each, fw-a down from day 40 for 20 days.
 */
export const LEGACY_SHARED = {
  pool: 500,
  server: { primary: 'fw-a' },
  backup: { primary: 'branch-1' },
  participants: [
    { id: 'fw-a', localSessions: 0, demand: [{ day: 0, sessions: 120 }] },
    { id: 'branch-1', platformLimit: 250, localSessions: 50, demand: [{ day: 0, sessions: 120 }] },
  ],
  outages: [{ unit: 'fw-a', day: 40, days: 20 }],
};
