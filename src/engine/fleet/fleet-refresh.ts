// Fleet refresh: for every deployment of PAK units, the sizing engine's refresh advice
// (../sizing/refresh-advice.ts: the Smart models that run what the deployment runs today), its
// first candidate taken, and the candidates' orders summed into one bill of materials. Smart and
// mixed deployments are listed as skipped; a deployment no model covers says what it would lack.
import { refreshAdvice } from '../sizing/refresh-advice';
import type { OrderItem, Reason } from '../sizing/types';
import type { Plan } from '../plan/schema';
import { isPakModelId } from '../catalog/lookup';
import { modelLabel } from './model-label';
import type { ModelId } from '../types';

export interface FleetRefreshPlan {
  plan: number;
  planName: string;
  /** The advised Smart model (the refresh advice's first candidate), or null. */
  model: string | null;
  modelName: string | null;
  units: number;
  covers: boolean;
  lacks: Reason[];
  order: OrderItem[];
  /** Why the plan has no advice (not PAK, invalid, no candidate). */
  skipped?: string;
}

export interface FleetBomLine {
  pid: string;
  term: string | null;
  quantity: number;
  for: string;
  isPid: boolean;
  cite: string;
  /** How many deployments order it. */
  deployments: number;
}

export interface FleetRefresh {
  plans: FleetRefreshPlan[];
  /** New appliances: model and count of units. */
  hardware: { model: string; modelName: string; units: number }[];
  bom: FleetBomLine[];
}

export function fleetRefresh(plans: readonly Plan[], options: { at?: (plan: Plan) => number } = {}, onProgress?: (done: number, total: number) => void): FleetRefresh {
  const out: FleetRefreshPlan[] = [];
  const bom = new Map<string, FleetBomLine>();
  const hardware = new Map<string, number>();
  plans.forEach((plan, i) => {
    const base = { plan: i, planName: plan.name, units: plan.deployment.units.length };
    onProgress?.(i, plans.length);
    if (!plan.deployment.units.every((u) => isPakModelId(u.model))) {
      out.push({ ...base, model: null, modelName: null, covers: false, lacks: [], order: [], skipped: 'Smart-licensed: already on Smart Software Licensing' });
      return;
    }
    const advice = refreshAdvice(plan, { startDate: plan.startDate, at: options.at?.(plan) ?? 0 });
    const best = advice.candidates[0];
    if (!advice.valid || !best) {
      out.push({
        ...base,
        model: null,
        modelName: null,
        covers: false,
        lacks: [],
        order: [],
        skipped: advice.valid ? 'no Smart-licensed model runs this deployment' : `the plan has errors: ${advice.issues[0]?.message ?? ''}`,
      });
      return;
    }
    out.push({ ...base, model: best.model, modelName: modelLabel(best.model as ModelId), covers: best.covers, lacks: best.lacks, order: best.order });
    hardware.set(best.model, (hardware.get(best.model) ?? 0) + base.units);
    for (const o of best.order) {
      const key = `${o.pid}\u0000${o.term ?? ''}`;
      const line = bom.get(key);
      if (line) {
        line.quantity += o.quantity;
        line.deployments += 1;
      } else bom.set(key, { pid: o.pid, term: o.term, quantity: o.quantity, for: o.for, isPid: o.isPid, cite: o.cite, deployments: 1 });
    }
  });
  onProgress?.(plans.length, plans.length);
  return {
    plans: out,
    hardware: [...hardware].map(([model, units]) => ({ model, modelName: modelLabel(model as ModelId), units })).sort((a, b) => b.units - a.units || a.model.localeCompare(b.model)),
    bom: [...bom.values()].sort((a, b) => a.pid.localeCompare(b.pid) || (a.term ?? '').localeCompare(b.term ?? '')),
  };
}
