// The whole plan's bill of materials, PAK, Smart and Secure Client alike: what the app shows on
// its main screen, exports as CSV and copies as text.
import type { Plan } from '../plan/schema';
import { smartBillOfMaterials } from '../smart/smart-bill-of-materials';
import { smartUnits } from '../smart/unit-role';
import { pakBillOfMaterials } from './pak-bill-of-materials';
import { secureClientBillOfMaterials } from './secure-client-bill-of-materials';
import type { OrderLine, PlanBillOfMaterials } from './types';

export function planBillOfMaterials(plan: Plan): PlanBillOfMaterials {
  const lines: OrderLine[] = pakBillOfMaterials(plan);
  const notes = [];
  if (smartUnits(plan).length > 0) {
    const smart = smartBillOfMaterials(plan);
    for (const l of smart.lines) {
      const units = l.units ?? (l.unit === undefined ? [] : [l.unit]);
      lines.push({
        kind: 'smart',
        pid: l.pid,
        isPid: true,
        quantity: l.quantity,
        for: l.description,
        term: l.termYears === undefined ? null : `${l.termYears} year${l.termYears === 1 ? '' : 's'}`,
        units,
        cite: l.cite,
      });
    }
    notes.push(...smart.issues);
  }
  const sc = secureClientBillOfMaterials(plan);
  lines.push(...sc.lines);
  notes.push(...sc.notes);
  return { lines, notes };
}
