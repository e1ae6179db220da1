// "Same on every unit": an edit of a field kept in step is made on every unit of the pair or
// cluster, as one command (one undo step). The user turns it off per field where a unit
// legitimately differs (view.differsPerUnit); whether units must match is the engine's to say.
import type { PlanCommand, UnitFieldCommand } from './plan-commands';
import type { InStepField } from './unit-peers';

/** The "Same on every unit" field an edit belongs to; undefined: an edit of this unit only (its id, keys, registration). */
export function inStepFieldOf(cmd: UnitFieldCommand): InStepField | undefined {
  switch (cmd.type) {
    case 'set-unit-model':
      return 'model';
    case 'set-tier':
      return 'tier';
    case 'patch-unit':
      return Object.keys(cmd.patch).every((k) => k === 'software') ? 'software' : undefined;
    case 'set-permanent-feature':
    case 'set-entitlement':
      return 'license';
    case 'patch-smart':
      // The export-controlled setting (the Smart encryption license) and the method are licensed alike on every unit (the engine's smart-same-…).
      return Object.keys(cmd.patch).every((k) => k === 'exportControlled' || k === 'method') ? 'license' : undefined;
  }
}

/** The command to dispatch: on every unit when the deployment has several and the field is in step. */
export function keepInStep(cmd: UnitFieldCommand, differsPerUnit: readonly InStepField[] | undefined, unitCount: number): PlanCommand {
  const field = inStepFieldOf(cmd);
  if (unitCount < 2 || field === undefined || (differsPerUnit ?? []).includes(field)) return cmd;
  return { type: 'on-every-unit', cmd };
}
