// What a fit asks to buy: its plan's bill of materials (bill-of-materials/), as the sizing contract lists it.
import { planBillOfMaterials } from '../bill-of-materials/plan-bill-of-materials';
import type { Plan } from '../plan/schema';
import type { OrderItem } from './types';

export function orderOf(plan: Plan): { order: OrderItem[]; purchases: number } {
  const lines = planBillOfMaterials(plan).lines;
  const order = lines.map((l) => ({ pid: l.pid, quantity: l.quantity, for: l.for, term: l.term, cite: l.cite, isPid: l.isPid }));
  // A Secure Client user band is one purchase whatever its user count; packs and keys count each.
  const purchases = lines.reduce((n, l) => n + (l.kind === 'secure-client' ? 1 : l.quantity), 0);
  return { order, purchases };
}
