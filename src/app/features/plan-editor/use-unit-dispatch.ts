// Dispatch for the unit editor's fields: a field kept "Same on every unit" is edited on every unit.
import { useCallback } from 'react';
import { keepInStep } from '../../store/in-step';
import type { UnitFieldCommand } from '../../store/plan-commands';
import { usePlanStore } from '../../store/plan-store';

export function useUnitDispatch(): (cmd: UnitFieldCommand) => string[] {
  const dispatch = usePlanStore((s) => s.dispatch);
  const differs = usePlanStore((s) => s.view.differsPerUnit);
  const count = usePlanStore((s) => s.plan.deployment.units.length);
  return useCallback((cmd: UnitFieldCommand) => dispatch(keepInStep(cmd, differs, count)), [dispatch, differs, count]);
}
