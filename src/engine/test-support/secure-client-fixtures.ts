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
